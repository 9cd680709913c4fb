package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import dev.touchpoint.server.touchpoint.Touchpoint;
import dev.touchpoint.server.touchpoint.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The touchpoint catalogue. Everyone reads it; administrators and managers create and change entries
 * ({@code PUT} with {@code If-Match: "<version>"} → 412 when stale, or {@code version} in the body →
 * 409) and apply the shipped templates.
 */
@RestController
@RequestMapping("/api/v1/touchpoints")
class TouchpointRestController {

    private final CatalogueService catalogue;
    private final CatalogueTransfer transfer;

    TouchpointRestController(CatalogueService catalogue, CatalogueTransfer transfer) {
        this.catalogue = catalogue;
        this.transfer = transfer;
    }

    /** The catalogue as CSV or XLSX, in the columns the import reads. */
    @Operation(summary = "Export the catalogue as CSV or XLSX")
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format) {
        var f = TabularFormat.of(format);
        var out = new java.io.ByteArrayOutputStream();
        transfer.export(f, out);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"touchpoints-" + java.time.LocalDate.now() + "." + f.extension() + "\"")
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .body(out::writeTo);
    }

    /**
     * Imports the catalogue: {@code dryRun=true} (default) only checks; {@code mode=ALL_OR_NOTHING}
     * (default) stores nothing when any row is bad, {@code VALID_ONLY} stores the good rows.
     */
    @Operation(summary = "Import touchpoints from CSV or XLSX")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode)
            throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "required", "choose a CSV or XLSX file");
        }
        return transfer.importFile(file.getBytes(), file.getOriginalFilename(), dryRun, mode);
    }

    @Operation(summary = "List the touchpoint catalogue")
    @GetMapping
    List<Touchpoint> list() {
        return catalogue.list();
    }

    @Operation(summary = "Read a touchpoint")
    @GetMapping("/{code}")
    ResponseEntity<Touchpoint> get(@PathVariable String code) {
        var t = catalogue.get(code);
        return ResponseEntity.ok().eTag(etag(t)).body(t);
    }

    @Operation(summary = "Add a touchpoint to the catalogue")
    @PostMapping
    ResponseEntity<Touchpoint> create(@Valid @RequestBody TouchpointRequest request) {
        var t = catalogue.create(request);
        return ResponseEntity.created(URI.create("/api/v1/touchpoints/" + t.code()))
                .eTag(etag(t))
                .body(t);
    }

    @Operation(summary = "Change a touchpoint")
    @PutMapping("/{code}")
    ResponseEntity<Touchpoint> update(
            @PathVariable String code,
            @Valid @RequestBody TouchpointRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var t = catalogue.update(code, request, Versions.parse(ifMatch));
        return ResponseEntity.ok().eTag(etag(t)).body(t);
    }

    /** Adds a shipped template's touchpoints: {@code DEALERSHIP}, {@code B2B_MANUFACTURER}, {@code RETAIL_STORE}. */
    @Operation(summary = "Add a shipped template's touchpoints")
    @PostMapping("/templates/{template}")
    Map<String, Object> applyTemplate(@PathVariable String template) {
        return Map.of("template", template, "added", catalogue.applyTemplate(template));
    }

    @Operation(summary = "List the shipped catalogue templates")
    @GetMapping("/templates")
    List<String> templates() {
        return CatalogueTemplates.ALL;
    }

    private static String etag(Touchpoint t) {
        return "\"" + t.version() + "\"";
    }
}
