package dev.touchpoint.server.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomerImportExportIntegrationTest extends CustomerTestSupport {

    private long countNamed(String marker) {
        return jdbc.sql("SELECT count(*) FROM customer WHERE name LIKE :m")
                .param("m", "%" + marker + "%")
                .query(Long.class)
                .single();
    }

    private static List<String> problems(JsonNode report) {
        var list = new ArrayList<String>();
        report.get("problems")
                .forEach(p -> list.add(p.get("row").asInt() + "|"
                        + p.get("column").asString() + "|" + p.get("reason").asString()));
        return list;
    }

    @Test
    void gbkCsvWithChineseHeadersAndNamesImports() throws Exception {
        var m = unique("gbk");
        var csv = "姓名,电话,邮箱,级别,标签,生日,城市\n"
                + "王小明" + m + "," + mobile() + ",xm@" + m + ".cn,贵宾客户,车主;保养,1985-02-03,北京\n"
                + "陈静" + m + "," + mobile() + ",,普通客户,,,上海\n";
        var bytes = csv.getBytes(Charset.forName("GBK"));

        var dry = upload("/api/v1/customers/import?dryRun=true", admin(), "客户.csv", bytes);
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
        var dryReport = read(dry.body());
        assertThat(dryReport.get("rows").asInt()).isEqualTo(2);
        assertThat(dryReport.get("validRows").asInt()).isEqualTo(2);
        assertThat(dryReport.get("applied").asBoolean()).isFalse();
        assertThat(countNamed(m)).as("a dry run stores nothing").isZero();

        var applied = read(upload("/api/v1/customers/import?dryRun=false", admin(), "客户.csv", bytes)
                .body());
        assertThat(applied.get("imported").asInt()).isEqualTo(2);
        assertThat(applied.get("encoding").asString()).isEqualTo("GB18030");
        var found = read(get("/api/v1/customers?q=" + enc("王小明" + m), admin()).body())
                .get("items")
                .get(0);
        assertThat(found.get("tier").asString()).isEqualTo("VIP");
        assertThat(found.get("city").asString()).isEqualTo("北京");
        assertThat(found.get("birthday").asString()).isEqualTo("1985-02-03");
        assertThat(found.get("tags").toString()).contains("车主").contains("保养");
    }

    @Test
    void badRowsAreReportedAndAllOrNothingStoresNothingWhileValidOnlyStoresTheGoodRows() throws Exception {
        var m = unique("bad");
        var existingPhone = mobile();
        createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"已有客户" + m + "\",\"phone\":\"" + existingPhone + "\"}");
        var shared = mobile();
        var csv = "name,phone,email,birthday,tier,owner,team\n"
                + "好客户一" + m + "," + mobile() + ",a@x.cn,1990-01-31,,,\n" // row 2 ok
                + "坏日期" + m + "," + mobile() + ",,1990-02-30,,,\n" // row 3 wrong date
                + "," + mobile() + ",nobody@x.cn,,,,\n" // row 4 missing name
                + "好客户二" + m + "," + shared + ",,,,,\n" // row 5 ok
                + "重复电话" + m + ",+86 " + shared + ",,,,,\n" // row 6 duplicate in file
                + "\"=HYPERLINK(\"\"http://x\"\",\"\"y" + m + "\"\")\"," + mobile() + ",,,,,\n" // row 7 formula
                + "老电话" + m + "," + existingPhone + ",,,,,\n" // row 8 duplicate of existing
                + "错误" + m + ",12,bad-email,,NO-SUCH-TIER,nobody-" + m + ",no-team-" + m + "\n"; // row 9 many problems
        var bytes = csv.getBytes(StandardCharsets.UTF_8);

        var report = read(upload("/api/v1/customers/import?dryRun=false&mode=ALL_OR_NOTHING", admin(), "bad.csv", bytes)
                .body());
        assertThat(report.get("rows").asInt()).isEqualTo(8);
        assertThat(report.get("validRows").asInt()).isEqualTo(2);
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("imported").asInt()).isZero();
        var problems = problems(report);
        assertThat(problems)
                .anyMatch(p -> p.startsWith("3|birthday|"))
                .anyMatch(p -> p.startsWith("4|name|"))
                .anyMatch(p -> p.startsWith("6|phone|") && p.contains("row 5"))
                .anyMatch(p -> p.startsWith("7|name|") && p.contains("formula"))
                .anyMatch(p -> p.startsWith("8|phone|") && p.contains("existing"))
                .anyMatch(p -> p.startsWith("9|tier|"))
                .anyMatch(p -> p.startsWith("9|phone|"))
                .anyMatch(p -> p.startsWith("9|email|"))
                .anyMatch(p -> p.startsWith("9|owner|"))
                .anyMatch(p -> p.startsWith("9|team|"))
                .noneMatch(p -> p.startsWith("2|") || p.startsWith("5|"));
        assertThat(countNamed(m))
                .as("all-or-nothing stored nothing (only the pre-existing customer)")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM customer WHERE name LIKE :f")
                        .param("f", "=HYPERLINK%" + m + "%")
                        .query(Long.class)
                        .single())
                .isZero();

        var validOnly = read(upload("/api/v1/customers/import?dryRun=false&mode=VALID_ONLY", admin(), "bad.csv", bytes)
                .body());
        assertThat(validOnly.get("imported").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT name FROM customer WHERE name LIKE :m AND name <> :existing ORDER BY name")
                        .param("m", "%" + m)
                        .param("existing", "已有客户" + m)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("好客户一" + m, "好客户二" + m);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'IMPORT' AND details->>'file' = 'bad.csv'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void xlsxImportWorks() throws Exception {
        var m = unique("xlsx");
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("客户");
            var header = sheet.createRow(0);
            String[] headers = {"类型", "名称", "手机", "行业", "标签"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("企业");
            row.createCell(1).setCellValue("东方租车" + m);
            row.createCell(2).setCellValue(mobile());
            row.createCell(3).setCellValue("汽车租赁");
            row.createCell(4).setCellValue("大客户;车队");
            workbook.write(out);
        }
        var report = read(upload("/api/v1/customers/import?dryRun=false", admin(), "c.xlsx", out.toByteArray())
                .body());
        assertThat(problems(report)).isEmpty();
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        var found = read(get("/api/v1/customers?q=" + enc("东方租车" + m), admin()).body())
                .get("items")
                .get(0);
        assertThat(found.get("kind").asString()).isEqualTo("ORGANISATION");
        assertThat(found.get("industry").asString()).isEqualTo("汽车租赁");
    }

    @org.springframework.beans.factory.annotation.Autowired
    CustomerApi customersApi;

    @Test
    void exportNeutralisesFormulasAndIsAudited() throws Exception {
        var m = unique("exp");
        var formula = "=HYPERLINK(\"http://evil.example\",\"" + m + "\")";
        var payload = json.writeValueAsString(java.util.Map.of("kind", "PERSON", "name", formula, "tags", List.of(m)));
        var refused = send("POST", "/api/v1/customers", admin(), payload);
        assertThat(refused.statusCode())
                .as("the API refuses what the importer refuses")
                .isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"name\"").contains("\"rule\":\"formula\"");
        // a value stored before the rule, or written by another system into the database
        customersApi.insertAll(List.of(new NewCustomer(
                CustomerKind.PERSON,
                formula,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(m),
                null,
                null,
                null,
                null,
                null,
                null,
                null)));
        long auditBefore = jdbc.sql(
                        "SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND entity_type = 'customer'")
                .query(Long.class)
                .single();

        var csv = download("/api/v1/customers/export?format=csv&tag=" + enc(m), admin());
        assertThat(csv.statusCode()).isEqualTo(200);
        var text = new String(csv.body(), StandardCharsets.UTF_8);
        var lines = text.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK");

        var xlsx = download("/api/v1/customers/export?format=xlsx&tag=" + enc(m), admin());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            int nameColumn = -1;
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals("name")) {
                    nameColumn = cell.getColumnIndex();
                }
            }
            var cell = sheet.getRow(1).getCell(nameColumn);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(formula);
        }
        var audits = jdbc.sql("""
                SELECT details->>'rows' FROM audit_log WHERE action = 'EXPORT' AND entity_type = 'customer'
                AND details->>'tag' = :tag ORDER BY id""").param("tag", m).query(String.class).list();
        assertThat(audits).containsExactly("1", "1");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND entity_type = 'customer'")
                        .query(Long.class)
                        .single())
                .isEqualTo(auditBefore + 2);
    }
}
