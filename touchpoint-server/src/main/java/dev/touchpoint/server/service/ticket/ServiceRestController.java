package dev.touchpoint.server.service.ticket;

import dev.touchpoint.analytics.service.SlaState;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.service.ImportedTicket;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * REST API of tickets. A ticket's representation carries its SLA state and measured business minutes;
 * {@code PUT} takes {@code If-Match: "<version>"} (412 when stale) or a {@code version} in the body (409).
 */
@RestController
@RequestMapping("/api/v1/service/tickets")
@Validated
class ServiceRestController {

    private final TicketService tickets;
    private final TicketImporter importer;
    private final TicketExporter exporter;
    private final TicketFileImporter fileImporter;

    ServiceRestController(
            TicketService tickets, TicketImporter importer, TicketExporter exporter, TicketFileImporter fileImporter) {
        this.fileImporter = fileImporter;
        this.tickets = tickets;
        this.importer = importer;
        this.exporter = exporter;
    }

    @Operation(summary = "Search tickets")
    @GetMapping
    PageResult<TicketView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) TicketType type,
            @RequestParam(required = false) TicketPriority priority,
            @RequestParam(required = false) TicketChannel channel,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) Long assignee,
            @RequestParam(required = false) Long customer,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) SlaState sla,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return tickets.search(
                new TicketFilter(q, status, type, priority, channel, team, assignee, customer, open, sla, from, to),
                PageRequest.of(page, size));
    }

    @Operation(summary = "Open a ticket or complaint")
    @PostMapping
    ResponseEntity<TicketDetail> create(@Valid @RequestBody NewTicket ticket) {
        var created = tickets.create(ticket);
        return ResponseEntity.created(
                        URI.create("/api/v1/service/tickets/" + created.ticket().id()))
                .eTag(etag(created.ticket().version()))
                .body(created);
    }

    @Operation(summary = "Read a ticket with its conversation and SLA")
    @GetMapping("/{id}")
    ResponseEntity<TicketDetail> get(@PathVariable long id) {
        var detail = tickets.detail(id);
        return ResponseEntity.ok().eTag(etag(detail.ticket().version())).body(detail);
    }

    @Operation(summary = "Change a ticket (status, assignee, resolution)")
    @PutMapping("/{id}")
    ResponseEntity<TicketView> update(
            @PathVariable long id,
            @Valid @RequestBody TicketChange change,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var header = version(ifMatch);
        var view = tickets.update(id, change, header != null ? header : change.version(), header != null);
        return ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    @Operation(summary = "Reply to a ticket or add an internal note")
    @PostMapping("/{id}/messages")
    ResponseEntity<TicketDetail> addMessage(@PathVariable long id, @Valid @RequestBody NewMessage message) {
        var detail = tickets.addMessage(id, message);
        return ResponseEntity.ok().eTag(etag(detail.ticket().version())).body(detail);
    }

    /**
     * Imports tickets from a CSV (UTF-8 or GBK) or XLSX file, one row per message grouped by {@code ticketRef}
     * (columns in docs/service.md); the report names problems by spreadsheet row and column and counts tickets.
     */
    @Operation(summary = "Import tickets from CSV or XLSX")
    @PostMapping(path = "/import", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFile(
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") String mode)
            throws java.io.IOException {
        if (!mode.equals("ALL_OR_NOTHING") && !mode.equals("VALID_ONLY")) {
            throw InvalidInputException.of("mode", "oneOf", "mode must be ALL_OR_NOTHING or VALID_ONLY");
        }
        return fileImporter.run(file.getBytes(), file.getOriginalFilename(), dryRun, ImportMode.valueOf(mode));
    }

    /** Imports tickets with historical messages and status changes (JSON array). */
    @Operation(summary = "Import tickets from CSV or XLSX")
    @PostMapping("/import")
    ImportReport importTickets(
            @RequestBody List<@Valid ImportedTicket> batch,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") String mode) {
        if (!mode.equals("ALL_OR_NOTHING") && !mode.equals("VALID_ONLY")) {
            throw InvalidInputException.of("mode", "oneOf", "mode must be ALL_OR_NOTHING or VALID_ONLY");
        }
        return importer.run(batch, dryRun, mode.equals("VALID_ONLY"), true);
    }

    @Operation(summary = "Export tickets as CSV or XLSX (audited)")
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) TicketType type,
            @RequestParam(required = false) TicketPriority priority,
            @RequestParam(required = false) TicketChannel channel,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) Long assignee,
            @RequestParam(required = false) Long customer,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) SlaState sla,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to) {
        var filter =
                new TicketFilter(q, status, type, priority, channel, team, assignee, customer, open, sla, from, to);
        var file = exporter.export(filter, format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename())
                                .build()
                                .toString())
                .body(out -> out.write(file.bytes()));
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "format", "If-Match must be the ETag of the ticket, e.g. \"3\"");
        }
    }
}
