package dev.touchpoint.server.touchpoint;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The touchpoint catalogue. Everyone reads it; administrators and managers create and change entries
 * ({@code PUT} with {@code If-Match: "<version>"} → 412 when stale, or {@code version} in the body →
 * 409) and apply the shipped templates.
 */
@RestController
@RequestMapping("/api/v1/touchpoints")
class TouchpointRestController {

    private final CatalogueService catalogue;

    TouchpointRestController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    List<Touchpoint> list() {
        return catalogue.list();
    }

    @GetMapping("/{code}")
    ResponseEntity<Touchpoint> get(@PathVariable String code) {
        var t = catalogue.get(code);
        return ResponseEntity.ok().eTag(etag(t)).body(t);
    }

    @PostMapping
    ResponseEntity<Touchpoint> create(@Valid @RequestBody TouchpointRequest request) {
        var t = catalogue.create(request);
        return ResponseEntity.created(URI.create("/api/v1/touchpoints/" + t.code())).eTag(etag(t)).body(t);
    }

    @PutMapping("/{code}")
    ResponseEntity<Touchpoint> update(@PathVariable String code, @Valid @RequestBody TouchpointRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var t = catalogue.update(code, request, Versions.parse(ifMatch));
        return ResponseEntity.ok().eTag(etag(t)).body(t);
    }

    /** Adds a shipped template's touchpoints: {@code DEALERSHIP}, {@code B2B_MANUFACTURER}, {@code RETAIL_STORE}. */
    @PostMapping("/templates/{template}")
    Map<String, Object> applyTemplate(@PathVariable String template) {
        return Map.of("template", template, "added", catalogue.applyTemplate(template));
    }

    @GetMapping("/templates")
    List<String> templates() {
        return CatalogueTemplates.ALL;
    }

    private static String etag(Touchpoint t) {
        return "\"" + t.version() + "\"";
    }
}
