package dev.touchpoint.server.sales.lead;

import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import dev.touchpoint.server.sales.FirstContact;
import dev.touchpoint.server.sales.FollowUpChannel;
import dev.touchpoint.server.sales.FollowUpTopic;
import dev.touchpoint.server.sales.IntentClass;
import dev.touchpoint.server.sales.LeadSource;
import dev.touchpoint.server.sales.NewLead;
import dev.touchpoint.server.sales.followup.Cadence;
import dev.touchpoint.server.sales.followup.FollowUpService;
import dev.touchpoint.server.sales.followup.MyDay;
import dev.touchpoint.server.sales.followup.Task;
import dev.touchpoint.server.sales.followup.TaskOutcome;
import dev.touchpoint.server.sales.shared.ETags;
import dev.touchpoint.server.sales.webform.WebForm;
import dev.touchpoint.server.sales.webform.WebFormService;
import dev.touchpoint.server.sales.webform.WebFormSettings;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** REST API for leads, follow-ups, "My day" and cadences. */
@RestController
@RequestMapping("/api/v1/sales")
class LeadRestController {

    /** A follow-up to add by hand. */
    record NewTask(
            Long leadId,
            Long customerId,
            @NotNull LocalDate dueOn,
            @NotNull FollowUpChannel channel,
            @NotNull FollowUpTopic topic) {}

    private final FollowUpService followUps;
    private final LeadService leads;
    private final WebFormService webForms;
    private final LeadImporter importer;
    private final LeadExporter exporter;

    LeadRestController(
            FollowUpService followUps,
            LeadService leads,
            WebFormService webForms,
            LeadImporter importer,
            LeadExporter exporter) {
        this.followUps = followUps;
        this.leads = leads;
        this.webForms = webForms;
        this.importer = importer;
        this.exporter = exporter;
    }

    @Operation(summary = "Search leads")
    @GetMapping("/leads")
    PageResult<Lead> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) IntentClass intentClass,
            @RequestParam(required = false) LeadStatus status,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return leads.search(new LeadQuery(q, intentClass, status, owner), PageRequest.of(page, size));
    }

    /**
     * Imports leads from CSV (UTF-8 or GBK) or XLSX; see docs/sales.md for the columns. A dry run (the
     * default) only reports; ALL_OR_NOTHING stores nothing when any row is bad, VALID_ONLY the good rows.
     */
    @Operation(summary = "Import leads from CSV or XLSX")
    @PostMapping(path = "/leads/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importLeads(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode)
            throws IOException {
        return importer.run(file.getBytes(), file.getOriginalFilename(), dryRun, mode);
    }

    /** The leads matching the list's filters as CSV or XLSX, with the import columns first; audited. */
    @Operation(summary = "Export leads as CSV or XLSX (audited)")
    @GetMapping("/leads/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) IntentClass intentClass,
            @RequestParam(required = false) LeadStatus status,
            @RequestParam(required = false) Long owner) {
        var tabular = TabularFormat.of(format);
        // written here, not lazily, so the access scope and the audit entry run in the request's security context
        var bytes = new java.io.ByteArrayOutputStream();
        exporter.export(new LeadQuery(q, intentClass, status, owner), tabular, bytes);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(tabular.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("leads." + tabular.extension())
                                .build()
                                .toString())
                .body(out -> bytes.writeTo(out));
    }

    @Operation(summary = "Read a team's public lead form")
    @GetMapping("/web-forms/{team}")
    WebForm webForm(@PathVariable long team) {
        return webForms.form(team).orElseThrow(() -> new NotFoundException("web form of team", team));
    }

    /** Creates the team's public lead form (a fresh token) or changes its default rep. */
    @Operation(summary = "Set up a team's public lead form")
    @PutMapping("/web-forms/{team}")
    WebForm saveWebForm(@PathVariable long team, @RequestBody(required = false) WebFormSettings settings) {
        return webForms.save(team, settings);
    }

    /** A new token for the team's form; the old link answers 404 from now on. */
    @Operation(summary = "Give a team's lead form a new link")
    @PostMapping("/web-forms/{team}/rotate")
    WebForm rotateWebForm(@PathVariable long team) {
        return webForms.rotate(team);
    }

    @Operation(summary = "Create a lead")
    @PostMapping("/leads")
    ResponseEntity<Lead> create(@Valid @RequestBody NewLead lead) {
        var created = leads.create(lead, LeadSource.API);
        return ResponseEntity.created(URI.create("/api/v1/sales/leads/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @Operation(summary = "Read a lead")
    @GetMapping("/leads/{id}")
    ResponseEntity<Lead> get(@PathVariable long id) {
        var lead = leads.get(id);
        return ResponseEntity.ok().eTag(ETags.of(lead.version())).body(lead);
    }

    @Operation(summary = "Change a lead")
    @PutMapping("/leads/{id}")
    ResponseEntity<Lead> update(
            @PathVariable long id,
            @Valid @RequestBody LeadChange change,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var lead = leads.update(id, change, ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(lead.version())).body(lead);
    }

    /** Records the first contact (MAN, class, FBO) or re-grades the lead; the follow-up plan follows. */
    @Operation(summary = "Record the first contact: intent class, MAN and FBO")
    @PostMapping("/leads/{id}/contact")
    ResponseEntity<Lead> contact(@PathVariable long id, @Valid @RequestBody FirstContact contact) {
        var lead = leads.recordContact(id, contact);
        return ResponseEntity.ok().eTag(ETags.of(lead.version())).body(lead);
    }

    @Operation(summary = "Convert a lead into a customer and an opportunity (once)")
    @PostMapping("/leads/{id}/convert")
    Converted convert(@PathVariable long id, @Valid @RequestBody(required = false) Conversion conversion) {
        return leads.convert(id, conversion);
    }

    @Operation(summary = "Mark a lead lost")
    @PostMapping("/leads/{id}/lost")
    Lead lost(@PathVariable long id) {
        return leads.markLost(id);
    }

    @Operation(summary = "List a lead's follow-up tasks")
    @GetMapping("/leads/{id}/tasks")
    List<Task> tasks(@PathVariable long id) {
        return leads.tasks(id);
    }

    @Operation(summary = "Add a follow-up task")
    @PostMapping("/tasks")
    ResponseEntity<Task> addTask(@Valid @RequestBody NewTask task) {
        var created = followUps.add(task.leadId(), task.customerId(), task.dueOn(), task.channel(), task.topic());
        return ResponseEntity.created(URI.create("/api/v1/sales/tasks/" + created.id()))
                .body(created);
    }

    @Operation(summary = "My day: today's, overdue and coming follow-ups")
    @GetMapping("/my-day")
    MyDay myDay() {
        return followUps.myDay();
    }

    @Operation(summary = "Record a follow-up's outcome")
    @PostMapping("/tasks/{id}/complete")
    Task complete(@PathVariable long id, @Valid @RequestBody TaskOutcome outcome) {
        return followUps.complete(id, outcome);
    }

    @Operation(summary = "Mark a reminder read")
    @PostMapping("/reminders/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id) {
        followUps.markReminderRead(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Follow-up cadences per lead class")
    @GetMapping("/cadences")
    List<Cadence> cadences(@RequestParam(defaultValue = "0") long team) {
        return followUps.cadences(team);
    }

    @Operation(summary = "Set a team's follow-up cadences")
    @PutMapping("/cadences/{team}")
    List<Cadence> saveCadences(@PathVariable long team, @Valid @RequestBody List<@Valid Cadence> cadences) {
        cadences.forEach(c -> followUps.saveCadence(team, c));
        return followUps.cadences(team);
    }
}
