package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.platform.tabular.FileColumn;
import dev.touchpoint.server.platform.tabular.FileColumns;
import java.util.List;

/**
 * The columns of order import files, one row per order line, and the header spellings accepted for
 * each (an order export has these and a few more, which an import ignores).
 */
enum OrderColumns implements FileColumn {
    ORDER_REF(true, "order_ref", "订单号", "订单编号", "单号", "order"),
    CUSTOMER(true, "customer", "客户", "客户id", "客户电话", "customer_id", "phone", "手机"),
    ORDER_DATE(true, "order_date", "订单日期", "日期", "下单日期", "date"),
    TEAM(false, "team", "门店", "团队", "站点", "site"),
    SALES_REP(false, "sales_rep", "销售顾问", "销售", "销售员", "username"),
    SKU(true, "sku", "产品编码", "编码", "货号"),
    QUANTITY(true, "quantity", "数量", "qty"),
    UNIT_PRICE(false, "unit_price", "单价", "价格", "price"),
    DISCOUNT(false, "discount", "折扣", "折扣%", "discount_percent"),
    STAGE(false, "stage", "阶段", "状态", "订单阶段"),
    CHANNEL(false, "channel", "渠道"),
    DUE_DATE(false, "due_date", "到期日", "应收到期日"),
    PAID(false, "paid", "已付款", "已付");

    static final FileColumns<OrderColumns> FILE = FileColumns.of(OrderColumns.class);

    private final boolean required;
    private final List<String> aliases;

    OrderColumns(boolean required, String... aliases) {
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
