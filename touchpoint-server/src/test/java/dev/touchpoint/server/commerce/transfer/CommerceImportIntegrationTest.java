package dev.touchpoint.server.commerce.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.commerce.CommerceTestSupport;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommerceImportIntegrationTest extends CommerceTestSupport {

    private long ordersWithRefPrefix(String prefix) {
        return jdbc.sql("SELECT count(*) FROM sales_order WHERE order_ref LIKE :p")
                .param("p", prefix + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void orderImportWithBadRowsStoresNothingAllOrNothing() throws Exception {
        long team = team("store");
        long customer = customer(team);
        var sku = unique("SKU");
        product(sku, "100.00", "60.00");
        var ref = unique("IMP");
        var csv = """
                order_ref,customer,order_date,sku,quantity,unit_price,discount,stage
                %1$s-1,%2$d,2024-05-01,%3$s,2,100.00,10,DELIVERED
                %1$s-1,%2$d,2024-05-01,%3$s,1,,,DELIVERED
                %1$s-2,%2$d,2024-05-02,NO-SUCH-SKU,1,,,
                %1$s-3,%2$d,2024/05/03,%3$s,1,,,
                %1$s-4,%2$d,2024-05-04,%3$s,-2,,,
                %1$s-5,%2$d,2024-05-05,%3$s,1,"=HYPERLINK(""http://evil"")",,
                """.formatted(ref, customer, sku);

        var dryRun = upload(
                "/api/v1/orders/import?dryRun=true", admin(), "orders.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        var report = parse(dryRun);
        assertThat(report.get("rows").asInt()).isEqualTo(6);
        assertThat(report.get("validRows").asInt()).isEqualTo(2);
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(dryRun.body())
                .contains("{\"row\":4,\"column\":\"sku\"")
                .contains("{\"row\":5,\"column\":\"order_date\"")
                .contains("{\"row\":6,\"column\":\"quantity\"")
                .contains("{\"row\":7,\"column\":\"unit_price\"");

        var applied = parse(upload(
                "/api/v1/orders/import?dryRun=false", admin(), "orders.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(applied.get("applied").asBoolean()).isFalse();
        assertThat(applied.get("imported").asInt()).isZero();
        assertThat(ordersWithRefPrefix(ref)).isZero();

        var validOnly = parse(upload(
                "/api/v1/orders/import?dryRun=false&mode=VALID_ONLY",
                admin(),
                "orders.csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(validOnly.get("imported").asInt()).isEqualTo(2);
        assertThat(ordersWithRefPrefix(ref)).isEqualTo(1);
        var order = jdbc.sql("SELECT revenue, cost, stage FROM sales_order WHERE order_ref = :r")
                .param("r", ref + "-1")
                .query()
                .singleRow();
        // 2 × 100 less 10 % = 180, plus 1 × 100 = 280; cost 3 × 60 = 180
        assertThat((java.math.BigDecimal) order.get("revenue")).isEqualByComparingTo("280.00");
        assertThat((java.math.BigDecimal) order.get("cost")).isEqualByComparingTo("180.00");
        assertThat(order.get("stage")).isEqualTo("DELIVERED");
    }

    @Test
    void gbkFileWithChineseHeadersImportsOrdersByCustomerPhone() throws Exception {
        long team = team("门店");
        var phone = "139" + String.format("%08d", (long) (Math.random() * 1e8));
        long customer = customerWithPhone(team, phone);
        var sku = unique("SKU");
        product(sku, "300.00", "200.00");
        var ref = unique("GBK");
        var csv = "订单号,客户,订单日期,产品编码,数量,折扣,阶段\n" + ref + "," + phone + ",2024-06-01," + sku + ",1,5%,已交付\n";

        var report = parse(
                upload("/api/v1/orders/import?dryRun=false", admin(), "订单.csv", csv.getBytes(Charset.forName("GBK"))));

        assertThat(report.get("problems")).isEmpty();
        assertThat(report.get("encoding").asText()).isEqualTo("GB18030");
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        var order = jdbc.sql("SELECT customer_id, revenue, stage FROM sales_order WHERE order_ref = :r")
                .param("r", ref)
                .query()
                .singleRow();
        assertThat(((Number) order.get("customer_id")).longValue()).isEqualTo(customer);
        assertThat((java.math.BigDecimal) order.get("revenue")).isEqualByComparingTo("285.00");
        assertThat(order.get("stage")).isEqualTo("DELIVERED");
    }

    @Test
    void productImportReportsBadRowsAndExportNeutralisesFormulas() throws Exception {
        var good = unique("P");
        var csv = """
                sku,name,category,kind,price,cost,active
                %1$s,"=HYPERLINK(""http://evil"",""x"")",ACCESSORY,ACCESSORY,10,5,yes
                %1$s-2,脚垫,精品附件,精品,abc,5,yes
                %1$s-3,行车记录仪,NOPE,ACCESSORY,10,5,yes
                """.formatted(good);
        var report = parse(
                upload("/api/v1/products/import?dryRun=false", admin(), "p.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("problems").toString())
                .contains("\"row\":2,\"column\":\"name\"")
                .contains("\"row\":3,\"column\":\"price\"")
                .contains("\"row\":4,\"column\":\"category\"");
        assertThat(jdbc.sql("SELECT count(*) FROM product WHERE sku LIKE :s")
                        .param("s", good + "%")
                        .query(Long.class)
                        .single())
                .isZero();

        var fixed = "sku,名称,类别,类型,价格,成本\n" + good + ",脚垫,精品附件,精品,199.00,80.00\n";
        var ok = parse(upload(
                "/api/v1/products/import?dryRun=false", admin(), "p.csv", fixed.getBytes(StandardCharsets.UTF_8)));
        assertThat(ok.get("imported").asInt()).isEqualTo(1);
        var export = get("/api/v1/products/export?format=csv&q=" + good, admin());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains(good + ",脚垫,ACCESSORY,ACCESSORY,199.00,80.00,true");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND entity_type = 'product'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void exportedFormulaTextIsNeutralised() throws Exception {
        long team = team("store");
        long customer = customer(team);
        long product = product(unique("SKU"), "10.00", "5.00");
        orderId(placeOrder(
                admin(),
                customer,
                "[{\"productId\":%d,\"quantity\":1}]".formatted(product),
                "\"channel\":\"=HYPERLINK(1)\""));
        var export = get("/api/v1/orders/export?format=csv&customerId=" + customer, admin());
        assertThat(export.body()).contains("'=HYPERLINK(1)").doesNotContain(",=HYPERLINK(1)");
    }
}
