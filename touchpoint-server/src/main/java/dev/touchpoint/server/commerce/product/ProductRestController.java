package dev.touchpoint.server.commerce.product;

import dev.touchpoint.server.commerce.ProductKind;
import dev.touchpoint.server.commerce.shared.Versions;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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

/** REST API of the catalogue: {@code /api/v1/products} and {@code /api/v1/product-categories}. */
@RestController
@RequestMapping("/api/v1")
class ProductRestController {

    private final CatalogService catalog;

    ProductRestController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "List product categories")
    @GetMapping("/product-categories")
    List<ProductCategory> categories() {
        return catalog.categories();
    }

    record CategoryRequest(String code, String nameEn, String nameZh, Long parentId) {}

    @Operation(summary = "Create a product category")
    @PostMapping("/product-categories")
    ResponseEntity<ProductCategory> createCategory(@RequestBody CategoryRequest request) {
        var created = catalog.createCategory(request.code(), request.nameEn(), request.nameZh(), request.parentId());
        return ResponseEntity.created(URI.create("/api/v1/product-categories/" + created.id()))
                .body(created);
    }

    @Operation(summary = "Search products")
    @GetMapping("/products")
    PageResult<Product> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) ProductKind kind,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return catalog.search(new ProductFilter(q, categoryId, kind, active), PageRequest.of(page, size));
    }

    @Operation(summary = "Read a product")
    @GetMapping("/products/{id}")
    ResponseEntity<Product> one(@PathVariable long id) {
        var product = catalog.require(id);
        return ResponseEntity.ok().eTag(Versions.etag(product.version())).body(product);
    }

    @Operation(summary = "Create a product")
    @PostMapping("/products")
    ResponseEntity<Product> create(@Valid @RequestBody ProductRequest request) {
        var created = catalog.create(request);
        return ResponseEntity.created(URI.create("/api/v1/products/" + created.id()))
                .eTag(Versions.etag(created.version()))
                .body(created);
    }

    @Operation(summary = "Change a product")
    @PutMapping("/products/{id}")
    ResponseEntity<Product> update(
            @PathVariable long id,
            @Valid @RequestBody ProductRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var versions = Versions.of(ifMatch, request.version());
        var updated = catalog.update(id, request, versions.expected(), versions.precondition());
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }
}
