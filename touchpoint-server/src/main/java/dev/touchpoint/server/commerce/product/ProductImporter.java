package dev.touchpoint.server.commerce.product;

import dev.touchpoint.server.commerce.ProductKind;
import dev.touchpoint.server.platform.tabular.FileColumns;
import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportRecord;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.ImportSpec;
import dev.touchpoint.server.platform.tabular.TabularImports;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports products from CSV or XLSX through the one import flow: the columns of {@link ProductColumns}
 * (Chinese headers accepted). A row whose SKU exists updates that product; a new SKU creates one.
 */
@Service
public class ProductImporter {

    static final Map<String, ProductKind> KIND_NAMES = Map.ofEntries(
            Map.entry("整车", ProductKind.VEHICLE),
            Map.entry("车型", ProductKind.VEHICLE),
            Map.entry("汽车", ProductKind.VEHICLE),
            Map.entry("精品", ProductKind.ACCESSORY),
            Map.entry("附件", ProductKind.ACCESSORY),
            Map.entry("配件", ProductKind.ACCESSORY),
            Map.entry("精品附件", ProductKind.ACCESSORY),
            Map.entry("保养套餐", ProductKind.SERVICE_PACKAGE),
            Map.entry("服务套餐", ProductKind.SERVICE_PACKAGE),
            Map.entry("保险", ProductKind.INSURANCE),
            Map.entry("其他", ProductKind.OTHER));

    private final CatalogRepository catalog;
    private final TabularImports imports;

    ProductImporter(CatalogRepository catalog, TabularImports imports) {
        this.catalog = catalog;
        this.imports = imports;
    }

    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional
    public ImportReport importFile(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        return imports.run(new Spec(), content, fileName, dryRun, mode);
    }

    private final class Spec implements ImportSpec<ProductColumns, ProductRequest> {

        private final Map<String, Long> categories = categoriesByName();
        private final Set<String> seen = new HashSet<>();

        @Override
        public FileColumns<ProductColumns> columns() {
            return ProductColumns.FILE;
        }

        @Override
        public String entityType() {
            return "product";
        }

        @Override
        public String noun() {
            return "products";
        }

        @Override
        public ProductRequest check(ImportRecord<ProductColumns> record) {
            var row = record.first();
            var sku = row.required(ProductColumns.SKU);
            var name = row.required(ProductColumns.NAME);
            var categoryText = row.text(ProductColumns.CATEGORY);
            var kindText = row.required(ProductColumns.KIND);
            row.required(ProductColumns.PRICE);
            row.required(ProductColumns.COST);
            var price = row.amount(ProductColumns.PRICE);
            var cost = row.amount(ProductColumns.COST);
            var active = row.yesNo(ProductColumns.ACTIVE, List.of("在售", "启用"), List.of("停售", "停用"));
            if (sku != null && !sku.matches("[A-Za-z0-9._/-]{1,64}")) {
                row.problem(ProductColumns.SKU, "1–64 letters, digits, . _ / - only: " + sku);
            } else if (sku != null && !seen.add(sku.toLowerCase(Locale.ROOT))) {
                row.problem(ProductColumns.SKU, "appears twice in the file: " + sku);
            }
            if (name != null && name.length() > 200) {
                row.problem(ProductColumns.NAME, "at most 200 characters");
            }
            Long categoryId = null;
            if (categoryText != null) {
                categoryId = categories.get(categoryText.toLowerCase(Locale.ROOT));
                if (categoryId == null) {
                    row.problem(ProductColumns.CATEGORY, "unknown category: " + categoryText);
                }
            }
            var kind = kindText == null ? null : kind(kindText);
            if (kindText != null && kind == null) {
                row.problem(
                        ProductColumns.KIND,
                        "unknown kind: " + kindText + " (VEHICLE, ACCESSORY, "
                                + "SERVICE_PACKAGE, INSURANCE, OTHER or 整车, 精品, 保养套餐, 保险, 其他)");
            }
            return new ProductRequest(sku, name, categoryId, kind, price, cost, active, null);
        }

        @Override
        public Map<String, Object> store(List<ProductRequest> values) {
            int created = 0;
            for (var product : values) {
                var existing = catalog.findBySku(product.sku());
                if (existing.isPresent()) {
                    catalog.update(existing.get().id(), existing.get().version(), product);
                } else {
                    catalog.insert(product);
                    created++;
                }
            }
            return Map.of("created", created, "updated", values.size() - created);
        }
    }

    private Map<String, Long> categoriesByName() {
        var map = new HashMap<String, Long>();
        for (var c : catalog.categories()) {
            map.put(c.code().toLowerCase(Locale.ROOT), c.id());
            map.put(c.nameEn().toLowerCase(Locale.ROOT), c.id());
            map.put(c.nameZh().toLowerCase(Locale.ROOT), c.id());
        }
        return map;
    }

    static ProductKind kind(String text) {
        var t = text.strip();
        try {
            return ProductKind.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return KIND_NAMES.get(t);
        }
    }
}
