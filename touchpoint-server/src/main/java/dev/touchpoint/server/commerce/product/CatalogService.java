package dev.touchpoint.server.commerce.product;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.platform.DuplicateException;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.VersionConflictException;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue: everyone reads, administrators and managers change it. */
@Service
public class CatalogService {

    private final CatalogRepository catalog;
    private final AuditLog audit;

    CatalogService(CatalogRepository catalog, AuditLog audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    List<ProductCategory> categories() {
        return catalog.categories();
    }

    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional
    ProductCategory createCategory(String code, String nameEn, String nameZh, Long parentId) {
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,40}")) {
            throw InvalidInputException.of("code", "format", "code: 1–40 letters, digits, _ or -");
        }
        if (nameEn == null || nameEn.isBlank() || nameZh == null || nameZh.isBlank()) {
            throw InvalidInputException.of(
                    nameEn == null || nameEn.isBlank() ? "nameEn" : "nameZh", "required", "both names are required");
        }
        if (catalog.categoryCodeTaken(code)) {
            throw new DuplicateException("code", "category " + code + " exists");
        }
        long id = catalog.insertCategory(code.toUpperCase(), nameEn.strip(), nameZh.strip(), parentId);
        audit.record(AuditLog.Action.CREATE, "product_category", id, code);
        return catalog.categories().stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
    }

    public PageResult<Product> search(ProductFilter filter, PageRequest page) {
        return catalog.search(filter, page);
    }

    public Product require(long id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("product", id));
    }

    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional
    Product create(ProductRequest request) {
        checkRules(request, null);
        long id = catalog.insert(request);
        audit.record(
                AuditLog.Action.CREATE,
                "product",
                id,
                request.sku(),
                Map.of("name", request.name(), "listPrice", request.listPrice(), "unitCost", request.unitCost()));
        return require(id);
    }

    /**
     * Changes a product. {@code expectedVersion} comes from {@code If-Match} ({@code precondition}) or
     * from the body; a stale one is a {@link VersionConflictException}.
     */
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional
    Product update(long id, ProductRequest request, Integer expectedVersion, boolean precondition) {
        var current = require(id);
        checkRules(request, id);
        if (expectedVersion == null) {
            throw InvalidInputException.of("version", "required", "send If-Match or the version you read");
        }
        if (catalog.update(id, expectedVersion, request) == 0) {
            throw new VersionConflictException("product", id, current.version(), precondition);
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "product",
                id,
                request.sku(),
                Map.of(
                        "listPrice",
                        request.listPrice(),
                        "unitCost",
                        request.unitCost(),
                        "active",
                        request.activeOrDefault()));
        return require(id);
    }

    private void checkRules(ProductRequest request, Long id) {
        var sameSku = catalog.findBySku(request.sku().strip());
        if (sameSku.isPresent() && (id == null || sameSku.get().id() != id)) {
            throw new DuplicateException("sku", "SKU " + request.sku() + " is already used");
        }
        if (request.categoryId() != null
                && catalog.categories().stream().noneMatch(c -> c.id() == request.categoryId())) {
            throw InvalidInputException.of(
                    "categoryId", "exists", "category " + request.categoryId() + " does not exist");
        }
    }
}
