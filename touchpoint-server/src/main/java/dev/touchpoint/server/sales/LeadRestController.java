package dev.touchpoint.server.sales;

import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
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

/** REST API for leads, follow-ups, "My day" and cadences. */
@RestController
@RequestMapping("/api/v1/sales")
class LeadRestController {

    /** A follow-up to add by hand. */
    record NewTask(Long leadId, Long customerId, @NotNull LocalDate dueOn, @NotNull FollowUpChannel channel,
            @NotNull FollowUpTopic topic) {
    }

    private final SalesApi sales;

    LeadRestController(SalesApi sales) {
        this.sales = sales;
    }

    @GetMapping("/leads")
    PageResult<Lead> list(@RequestParam(required = false) String q, @RequestParam(required = false) IntentClass intentClass,
            @RequestParam(required = false) LeadStatus status, @RequestParam(required = false) Long owner,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return sales.leads(new LeadQuery(q, intentClass, status, owner), PageRequest.of(page, size));
    }

    @PostMapping("/leads")
    ResponseEntity<Lead> create(@Valid @RequestBody NewLead lead) {
        var created = sales.createLead(lead);
        return ResponseEntity.created(URI.create("/api/v1/sales/leads/" + created.id()))
                .eTag(ETags.of(created.version())).body(created);
    }

    @GetMapping("/leads/{id}")
    ResponseEntity<Lead> get(@PathVariable long id) {
        var lead = sales.lead(id);
        return ResponseEntity.ok().eTag(ETags.of(lead.version())).body(lead);
    }

    @PutMapping("/leads/{id}")
    ResponseEntity<Lead> update(@PathVariable long id, @Valid @RequestBody LeadChange change,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var lead = sales.updateLead(id, change, ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(lead.version())).body(lead);
    }

    /** Records the first contact (MAN, class, FBO) or re-grades the lead; the follow-up plan follows. */
    @PostMapping("/leads/{id}/contact")
    ResponseEntity<Lead> contact(@PathVariable long id, @Valid @RequestBody FirstContact contact) {
        var lead = sales.recordContact(id, contact);
        return ResponseEntity.ok().eTag(ETags.of(lead.version())).body(lead);
    }

    @PostMapping("/leads/{id}/convert")
    Converted convert(@PathVariable long id, @Valid @RequestBody(required = false) Conversion conversion) {
        return sales.convert(id, conversion);
    }

    @PostMapping("/leads/{id}/lost")
    Lead lost(@PathVariable long id) {
        return sales.markLeadLost(id);
    }

    @GetMapping("/leads/{id}/tasks")
    List<Task> tasks(@PathVariable long id) {
        return sales.tasksOfLead(id);
    }

    @PostMapping("/tasks")
    ResponseEntity<Task> addTask(@Valid @RequestBody NewTask task) {
        var created = sales.addTask(task.leadId(), task.customerId(), task.dueOn(), task.channel(), task.topic());
        return ResponseEntity.created(URI.create("/api/v1/sales/tasks/" + created.id())).body(created);
    }

    @GetMapping("/my-day")
    MyDay myDay() {
        return sales.myDay();
    }

    @PostMapping("/tasks/{id}/complete")
    Task complete(@PathVariable long id, @Valid @RequestBody TaskOutcome outcome) {
        return sales.completeTask(id, outcome);
    }

    @PostMapping("/reminders/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id) {
        sales.markReminderRead(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cadences")
    List<Cadence> cadences(@RequestParam(defaultValue = "0") long team) {
        return sales.cadences(team);
    }

    @PutMapping("/cadences/{team}")
    List<Cadence> saveCadences(@PathVariable long team, @Valid @RequestBody List<@Valid Cadence> cadences) {
        cadences.forEach(c -> sales.saveCadence(team, c));
        return sales.cadences(team);
    }
}
