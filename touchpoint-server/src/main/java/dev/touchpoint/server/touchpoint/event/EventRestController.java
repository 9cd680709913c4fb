package dev.touchpoint.server.touchpoint.event;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.touchpoint.IngestResult;
import dev.touchpoint.server.touchpoint.NewEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Event ingestion and identity stitching.
 *
 * <p>{@code POST /api/v1/events} takes one JSON object, a JSON array, NDJSON
 * ({@code application/x-ndjson}) or CSV ({@code text/csv}, header row with the field names) and
 * answers {@code {received, accepted, duplicates}}. Any invalid event rejects the whole batch with a
 * 400 problem whose {@code errors} name each event ({@code index}, and {@code line} for NDJSON/CSV),
 * field, rule and reason; events of customers outside the caller's scope give a 403 in the same shape.
 */
@RestController
class EventRestController {

    static final String NDJSON = "application/x-ndjson";

    record IdentityRequest(
            @NotBlank @Size(max = 200) String visitorId,
            @NotNull Long customerId) {}

    private final EventReader reader;
    private final EventService events;
    private final CustomerApi customers;

    EventRestController(EventReader reader, EventService events, CustomerApi customers) {
        this.reader = reader;
        this.events = events;
        this.customers = customers;
    }

    @Operation(summary = "Ingest touchpoint events (JSON, NDJSON or CSV), exactly once")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            description = "At most 100,000 events " + "and 50 MB per request; any invalid event rejects the batch",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        array = @ArraySchema(schema = @Schema(implementation = NewEvent.class))),
                @Content(
                        mediaType = NDJSON,
                        schema = @Schema(type = "string", description = "one event object per line")),
                @Content(
                        mediaType = "text/csv",
                        schema =
                                @Schema(
                                        type = "string",
                                        description = "a header row of field names, then one event per row"))
            })
    @PostMapping(
            path = "/api/v1/events",
            consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON, "text/csv"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    IngestResult ingest(
            @Parameter(hidden = true) InputStream body,
            @Parameter(hidden = true) @RequestHeader("Content-Type") String contentType)
            throws IOException {
        var type = MediaType.parseMediaType(contentType);
        var format = type.isCompatibleWith(MediaType.parseMediaType(NDJSON))
                ? EventReader.Format.NDJSON
                : type.isCompatibleWith(MediaType.parseMediaType("text/csv"))
                        ? EventReader.Format.CSV
                        : EventReader.Format.JSON;
        var read = reader.read(body, format, EventService.MAX_BATCH);
        return events.ingest(read.events(), read.problems());
    }

    @Operation(summary = "Link an anonymous visitor to a customer")
    @PostMapping("/api/v1/identities")
    ResponseEntity<Map<String, Object>> link(@Valid @RequestBody IdentityRequest request) {
        customers.requireVisible(request.customerId());
        int moved = events.linkVisitor(request.visitorId().strip(), request.customerId());
        var body = new LinkedHashMap<String, Object>();
        body.put("visitorId", request.visitorId().strip());
        body.put("customerId", request.customerId());
        body.put("eventsLinked", moved);
        return ResponseEntity.created(
                        URI.create("/api/v1/identities/" + request.visitorId().strip()))
                .body(body);
    }

    @ExceptionHandler(EventBatchRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(EventBatchRejectedException e) {
        var status = e.forbidden() ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        var problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create("https://touchpoint.dev/problems/" + (e.forbidden() ? "forbidden" : "validation")));
        problem.setTitle(e.forbidden() ? "Outside your scope" : "Invalid events");
        problem.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> {
                            var m = new LinkedHashMap<String, Object>();
                            m.put("index", p.index());
                            if (p.line() != null) {
                                m.put("line", p.line());
                            }
                            m.put("field", p.field());
                            m.put("rule", p.rule());
                            m.put("message", p.message());
                            return m;
                        })
                        .toList());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
