package dev.touchpoint.server.commerce.product;

import dev.touchpoint.server.platform.tabular.FileColumn;
import dev.touchpoint.server.platform.tabular.FileColumns;
import java.util.List;

/** The columns of product import and export files and the header spellings accepted for each. */
enum ProductColumns implements FileColumn {
    SKU(true, "sku", "产品编码", "编码", "货号"),
    NAME(true, "name", "名称", "产品名称", "品名"),
    CATEGORY(false, "category", "类别", "分类", "产品类别"),
    KIND(true, "kind", "类型", "种类", "产品类型"),
    PRICE(true, "price", "list_price", "价格", "售价", "指导价", "单价"),
    COST(true, "cost", "unit_cost", "成本", "单位成本"),
    ACTIVE(false, "active", "在售", "启用", "状态");

    static final FileColumns<ProductColumns> FILE = FileColumns.of(ProductColumns.class);

    private final boolean required;
    private final List<String> aliases;

    ProductColumns(boolean required, String... aliases) {
        this.required = required;
        this.aliases = List.of(aliases);
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return required;
    }
}
