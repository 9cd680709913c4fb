package dev.touchpoint.server.customer;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * REST API for customers. Responses of single customers carry {@code ETag: "<version>"}; {@code PUT}
 * and {@code DELETE} accept {@code If-Match} (412 when stale) or a {@code version} in the body (409).
 * {@code DELETE} is a soft delete (audited): the customer leaves every list and answers 404, while
 * other modules' rows keep pointing at it. A merged customer answers {@code 301} with the survivor's
 * URL in {@code Location}.
 */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerRestController {

    /** A created customer; {@code possibleDuplicates} lists visible customers with the same phone or email. */
    record CreatedResponse(@JsonUnwrapped Customer customer, List<Long> possibleDuplicates) {}

    record MergeRequest(@NotNull Long duplicateId) {}

    private final CustomerService customers;
    private final CustomerMerger merger;
    private final CustomerImporter importer;
    private final CustomerExporter exporter;

    CustomerRestController(
            CustomerService customers, CustomerMerger merger, CustomerImporter importer, CustomerExporter exporter) {
        this.customers = customers;
        this.merger = merger;
        this.importer = importer;
        this.exporter = exporter;
    }

    @Operation(summary = "Create a customer")
    @PostMapping
    ResponseEntity<CreatedResponse> create(@Valid @RequestBody NewCustomer customer) {
        var created = customers.create(customer);
        var c = created.customer();
        return ResponseEntity.created(URI.create("/api/v1/customers/" + c.id()))
                .eTag(etag(c))
                .body(new CreatedResponse(
                        c,
                        created.possibleDuplicates().stream().map(Customer::id).toList()));
    }

    @Operation(summary = "Search customers")
    @GetMapping
    PageResult<Customer> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) CustomerKind kind,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return customers.search(
                new CustomerQuery(q, tier, tag, owner, team, kind, source, sort, direction),
                PageRequest.of(page, size));
    }

    @Operation(summary = "Read a customer")
    @GetMapping("/{id}")
    ResponseEntity<Customer> get(@PathVariable long id) {
        var c = customers.get(id);
        return ResponseEntity.ok().eTag(etag(c)).body(c);
    }

    @Operation(summary = "Change a customer")
    @PutMapping("/{id}")
    ResponseEntity<Customer> update(
            @PathVariable long id,
            @Valid @RequestBody CustomerChange change,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var c = customers.update(id, change, version(ifMatch));
        return ResponseEntity.ok().eTag(etag(c)).body(c);
    }

    @Operation(summary = "Delete a customer (soft delete)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        customers.delete(id, version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Find possible duplicates of a customer")
    @GetMapping("/{id}/duplicates")
    List<Customer> duplicates(@PathVariable long id) {
        return customers.duplicatesOf(id);
    }

    /** Merges {@code duplicateId} into customer {@code id}, which survives. */
    @Operation(summary = "Merge a duplicate into this customer")
    @PostMapping("/{id}/merge")
    ResponseEntity<Customer> merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        var c = merger.merge(id, request.duplicateId());
        return ResponseEntity.ok().eTag(etag(c)).body(c);
    }

    @Operation(summary = "Export customers as CSV or XLSX (audited)")
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) CustomerKind kind,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String direction) {
        var tabular = TabularFormat.of(format);
        var query = new CustomerQuery(q, tier, tag, owner, team, kind, source, sort, direction);
        // written here, not lazily, so the audit entry and access checks run in the request's security context
        var bytes = new java.io.ByteArrayOutputStream();
        exporter.export(query, tabular, bytes);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(tabular.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("customers." + tabular.extension())
                                .build()
                                .toString())
                .body(out -> bytes.writeTo(out));
    }

    @Operation(summary = "Import customers from CSV or XLSX (dry run or commit)")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode)
            throws IOException {
        return importer.run(file.getBytes(), file.getOriginalFilename(), dryRun, mode);
    }

    @ExceptionHandler(CustomerMergedException.class)
    ResponseEntity<Map<String, Object>> merged(CustomerMergedException e) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create("/api/v1/customers/" + e.survivorId()))
                .body(Map.of("detail", e.getMessage(), "mergedInto", e.survivorId()));
    }

    static String etag(Customer c) {
        return "\"" + c.version() + "\"";
    }

    /** The version in an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}), or null. */
    static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        var text = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw dev.touchpoint.server.platform.InvalidInputException.of(
                    "If-Match", "format", "If-Match must be the ETag of the customer, e.g. \"3\"");
        }
    }
}
