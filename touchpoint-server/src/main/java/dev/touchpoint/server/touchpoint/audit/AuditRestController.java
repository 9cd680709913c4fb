package dev.touchpoint.server.touchpoint.audit;

import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.touchpoint.NewAudit;
import dev.touchpoint.server.touchpoint.catalogue.CatalogueRepository;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Audit templates, audits with their scores, trends, and corrective tasks. */
@RestController
class AuditRestController {

    record DoneRequest(@Size(max = 1000) String resolution, Integer version) {}

    private final AuditTemplates templates;
    private final AuditService audits;
    private final CatalogueRepository catalogue;

    AuditRestController(AuditTemplates templates, AuditService audits, CatalogueRepository catalogue) {
        this.templates = templates;
        this.audits = audits;
        this.catalogue = catalogue;
    }

    @Operation(summary = "List audit (mystery-shopping) templates")
    @GetMapping("/api/v1/audit-templates")
    List<AuditTemplate> templates() {
        return templates.latest();
    }

    @Operation(summary = "Read an audit template")
    @GetMapping("/api/v1/audit-templates/{code}")
    AuditTemplate template(@PathVariable String code, @RequestParam(required = false) Integer version) {
        return templates.find(code, version).orElseThrow(() -> new NotFoundException("audit template", code));
    }

    /** Saves a template; an existing code gets its next version. */
    @Operation(summary = "Create or version an audit template")
    @PostMapping("/api/v1/audit-templates")
    ResponseEntity<AuditTemplate> saveTemplate(@Valid @RequestBody AuditTemplate.Request request) {
        var saved = templates.save(request, catalogue.codes().keySet().stream().collect(Collectors.toSet()));
        return ResponseEntity.created(
                        URI.create("/api/v1/audit-templates/" + saved.code() + "?version=" + saved.version()))
                .body(saved);
    }

    @Operation(summary = "Submit a scored audit")
    @PostMapping("/api/v1/audits")
    ResponseEntity<AuditReport> submit(@Valid @RequestBody NewAudit request) {
        var report = audits.submit(request);
        return ResponseEntity.created(URI.create("/api/v1/audits/" + report.id()))
                .body(report);
    }

    /** Newest first; {@code month} ({@code 2025-06}), {@code section} and {@code touchpoint} narrow the list. */
    @Operation(summary = "List audits")
    @GetMapping("/api/v1/audits")
    List<AuditSummary> list(
            @RequestParam(required = false) Long site,
            @RequestParam(required = false) java.time.YearMonth month,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String touchpoint,
            @RequestParam(defaultValue = "100") int limit) {
        return audits.list(
                AuditRepository.AuditQuery.of(site, month, section, touchpoint), Math.max(1, Math.min(limit, 500)));
    }

    @Operation(summary = "Read an audit with its answers")
    @GetMapping("/api/v1/audits/{id}")
    AuditReport get(@PathVariable long id) {
        return audits.get(id);
    }

    /** Mean score per month of each site, section or touchpoint ({@code by}). */
    @Operation(summary = "Audit score trends per site and section")
    @GetMapping("/api/v1/audits/trends")
    List<AuditTrendPoint> trends(
            @RequestParam(defaultValue = "site") String by, @RequestParam(defaultValue = "12") int months) {
        return audits.trend(by, Math.max(1, Math.min(months, 60)));
    }

    @Operation(summary = "List corrective tasks from failed audit items")
    @GetMapping("/api/v1/corrective-tasks")
    List<CorrectiveTask> tasks(
            @RequestParam(required = false) String status, @RequestParam(required = false) Long site) {
        return audits.tasks(status, site);
    }

    @Operation(summary = "Mark a corrective task done")
    @PostMapping("/api/v1/corrective-tasks/{id}/done")
    CorrectiveTask done(@PathVariable long id, @Valid @RequestBody(required = false) DoneRequest request) {
        return audits.complete(
                id, request == null ? null : request.resolution(), request == null ? null : request.version());
    }
}
