package dev.touchpoint.server.customer;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API for what hangs under a customer: contacts, notes, consent and the timeline. */
@RestController
@RequestMapping("/api/v1/customers/{id}")
class CustomerRecordsRestController {

    private final CustomerRecordsService records;
    private final CustomerTimeline timeline;

    CustomerRecordsRestController(CustomerRecordsService records, CustomerTimeline timeline) {
        this.records = records;
        this.timeline = timeline;
    }

    @Operation(summary = "List the contacts of an organisation")
    @GetMapping("/contacts")
    List<Contact> contacts(@PathVariable long id) {
        return records.contacts(id);
    }

    @Operation(summary = "Add a contact to an organisation")
    @PostMapping("/contacts")
    ResponseEntity<Contact> addContact(@PathVariable long id, @Valid @RequestBody ContactRequest request) {
        var contact = records.addContact(id, request);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/contacts/" + contact.id()))
                .eTag("\"" + contact.version() + "\"")
                .body(contact);
    }

    @Operation(summary = "Change a contact")
    @PutMapping("/contacts/{contactId}")
    ResponseEntity<Contact> updateContact(
            @PathVariable long id,
            @PathVariable long contactId,
            @Valid @RequestBody ContactRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var contact = records.updateContact(id, contactId, request, CustomerRestController.version(ifMatch));
        return ResponseEntity.ok().eTag("\"" + contact.version() + "\"").body(contact);
    }

    @Operation(summary = "Remove a contact")
    @DeleteMapping("/contacts/{contactId}")
    ResponseEntity<Void> deleteContact(@PathVariable long id, @PathVariable long contactId) {
        records.deleteContact(id, contactId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List the notes of a customer")
    @GetMapping("/notes")
    List<CustomerNote> notes(@PathVariable long id) {
        return records.notes(id);
    }

    @Operation(summary = "Add a note to a customer")
    @PostMapping("/notes")
    ResponseEntity<CustomerNote> addNote(@PathVariable long id, @Valid @RequestBody NoteRequest request) {
        var note = records.addNote(id, request);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/notes/" + note.id()))
                .body(note);
    }

    /** {@code current}: the consent in force per channel (absent = never given); {@code history}: newest first. */
    @Operation(summary = "Consent per channel and its history")
    @GetMapping("/consents")
    CustomerRecordsService.ConsentState consents(@PathVariable long id) {
        return records.consents(id);
    }

    @Operation(summary = "Record a consent or an opt-out")
    @PostMapping("/consents")
    ResponseEntity<Consent> recordConsent(@PathVariable long id, @Valid @RequestBody ConsentRequest request) {
        var consent = records.recordConsent(id, request);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/consents"))
                .body(consent);
    }

    /** Entries of every module, newest first; pass {@code nextBefore} as {@code before} for the next page. */
    @Operation(summary = "Every touchpoint of a customer on one timeline")
    @GetMapping("/timeline")
    CustomerTimeline.Page timeline(
            @PathVariable long id,
            @RequestParam(required = false) Instant before,
            @RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String source,
            Locale locale) {
        return timeline.page(id, before, limit, kind, source, locale);
    }

    @ExceptionHandler(CustomerMergedException.class)
    ResponseEntity<Map<String, Object>> merged(CustomerMergedException e) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create("/api/v1/customers/" + e.survivorId()))
                .body(Map.of("detail", e.getMessage(), "mergedInto", e.survivorId()));
    }
}
