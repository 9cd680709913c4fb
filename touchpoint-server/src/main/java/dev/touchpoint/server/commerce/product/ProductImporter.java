package dev.touchpoint.server.commerce.product;

import dev.touchpoint.server.commerce.ProductKind;
import dev.touchpoint.server.commerce.transfer.Columns;
import dev.touchpoint.server.commerce.transfer.ImportMode;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.RowProblem;
import dev.touchpoint.server.platform.tabular.TabularReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports products from CSV or XLSX: columns sku, name, category, kind, price, cost, active (Chinese
 * headers accepted). A row whose SKU exists updates that product; a new SKU creates one.
 */
@Service
public class ProductImporter {

    static final Map<String, List<String>> ALIASES = Map.of(
            "sku", List.of("产品编码", "编码", "货号", "SKU"),
            "name", List.of("名称", "产品名称", "品名"),
            "category", List.of("类别", "分类", "产品类别"),
            "kind", List.of("类型", "种类", "产品类型"),
            "price", List.of("list_price", "价格", "售价", "指导价", "单价"),
            "cost", List.of("unit_cost", "成本", "单位成本"),
            "active", List.of("在售", "启用", "状态"));

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
    private final AuditLog audit;

    ProductImporter(CatalogRepository catalog, AuditLog audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional
    public ImportReport importFile(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        var data = TabularReader.read(content, fileName);
        var columns = new Columns(data.headers(), ALIASES);
        var problems = new ArrayList<RowProblem>();
        var categories = categoriesByName();
        var valid = new LinkedHashMap<Integer, ProductRequest>();
        var seen = new HashSet<String>();
        for (var row : data.rows()) {
            var rowProblems = new ArrayList<RowProblem>();
            var sku = columns.required(row, "sku", rowProblems);
            var name = columns.required(row, "name", rowProblems);
            var categoryText = columns.text(row, "category", rowProblems);
            var kindText = columns.required(row, "kind", rowProblems);
            var price = Columns.decimal(row, "price", columns.required(row, "price", rowProblems), rowProblems);
            var cost = Columns.decimal(row, "cost", columns.required(row, "cost", rowProblems), rowProblems);
            var active = Columns.bool(row, "active", columns.text(row, "active", rowProblems), rowProblems);
            if (sku != null && !sku.matches("[A-Za-z0-9._/-]{1,64}")) {
                rowProblems.add(new RowProblem(row.row(), "sku", "1–64 letters, digits, . _ / - only: " + sku));
            } else if (sku != null && !seen.add(sku.toLowerCase(Locale.ROOT))) {
                rowProblems.add(new RowProblem(row.row(), "sku", "appears twice in the file: " + sku));
            }
            if (name != null && name.length() > 200) {
                rowProblems.add(new RowProblem(row.row(), "name", "at most 200 characters"));
            }
            Long categoryId = null;
            if (categoryText != null) {
                categoryId = categories.get(categoryText.strip().toLowerCase(Locale.ROOT));
                if (categoryId == null) {
                    rowProblems.add(new RowProblem(row.row(), "category", "unknown category: " + categoryText));
                }
            }
            var kind = kindText == null ? null : kind(kindText);
            if (kindText != null && kind == null) {
                rowProblems.add(new RowProblem(
                        row.row(),
                        "kind",
                        "unknown kind: " + kindText + " (VEHICLE, ACCESSORY, "
                                + "SERVICE_PACKAGE, INSURANCE, OTHER or 整车, 精品, 保养套餐, 保险, 其他)"));
            }
            if (rowProblems.isEmpty()) {
                valid.put(row.row(), new ProductRequest(sku, name, categoryId, kind, price, cost, active, null));
            }
            problems.addAll(rowProblems);
        }
        boolean apply = !dryRun && (problems.isEmpty() || mode == ImportMode.VALID_ONLY);
        int imported = 0;
        if (apply) {
            for (var product : valid.values()) {
                var existing = catalog.findBySku(product.sku());
                if (existing.isPresent()) {
                    catalog.update(existing.get().id(), existing.get().version(), product);
                } else {
                    catalog.insert(product);
                }
                imported++;
            }
            audit.record(
                    dev.touchpoint.server.identity.AuditLog.Action.IMPORT,
                    "product",
                    null,
                    "imported " + imported + " products",
                    Map.of("rows", data.rows().size(), "imported", imported, "mode", mode.name()));
        }
        return new ImportReport(data.rows().size(), valid.size(), problems, apply, imported, data.encoding());
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
