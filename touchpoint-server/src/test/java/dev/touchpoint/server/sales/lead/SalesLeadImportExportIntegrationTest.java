package dev.touchpoint.server.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.sales.SalesTestSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Lead import (GBK/UTF-8 CSV, XLSX; dry run, all-or-nothing, valid rows only) and export through the API. */
class SalesLeadImportExportIntegrationTest extends SalesTestSupport {

    @Autowired
    Clock clock;

    private static List<String> problemsOfRow(JsonNode report, int row) {
        var reasons = new ArrayList<String>();
        report.get("problems").forEach(p -> {
            if (p.get("row").asInt() == row) {
                reasons.add(p.get("column").asString() + ": " + p.get("reason").asString());
            }
        });
        return reasons;
    }

    @Test
    void gbkCsvWithChineseHeadersIsCheckedThenImportedAndGradedRowsGetTheirPlan() throws Exception {
        var crew = crew();
        var graded = mobile();
        var plain = mobile();
        var firstContact = LocalDate.now(clock).minusDays(1);
        var csv = "姓名,手机,邮箱,公司,来源,意向产品,意向等级,首次接触日期,负责人,团队,备注\n"
                + "王芳," + graded + ",wang@example.com,顺达物流有限公司,展会,星途 L 电动车 ×5,A," + firstContact + ","
                + crew.rep() + "," + crew.teamName() + ",展会上留的名片\n"
                + "李雷," + plain + ",,,,轻卡,,,,,\n";
        var gbk = csv.getBytes(Charset.forName("GBK"));

        var dryRun = ok(upload("/api/v1/sales/leads/import", as(crew.manager()), "线索.csv", gbk), 200);
        assertThat(dryRun.get("rows").asInt()).isEqualTo(2);
        assertThat(dryRun.get("validRows").asInt()).isEqualTo(2);
        assertThat(dryRun.get("problems")).isEmpty();
        assertThat(dryRun.get("applied").asBoolean()).isFalse();
        assertThat(dryRun.get("encoding").asString()).isIn("GB18030", "GBK");
        assertThat(leadsWithPhone(graded)).as("a dry run stores nothing").isEmpty();

        var applied = ok(upload("/api/v1/sales/leads/import?dryRun=false", as(crew.manager()), "线索.csv", gbk), 200);
        assertThat(applied.get("applied").asBoolean()).isTrue();
        assertThat(applied.get("imported").asInt()).isEqualTo(2);

        var wang = leadsWithPhone(graded);
        assertThat(wang).hasSize(1);
        assertThat(wang.get(0).get("name")).isEqualTo("王芳");
        assertThat(wang.get(0).get("company")).isEqualTo("顺达物流有限公司");
        assertThat(wang.get(0).get("source")).isEqualTo("EXPO");
        assertThat(wang.get(0).get("product_interest")).isEqualTo("星途 L 电动车 ×5");
        assertThat(wang.get(0).get("intent_class")).isEqualTo("A");
        assertThat(((Number) wang.get(0).get("owner_id")).longValue()).isEqualTo(crew.repId());
        assertThat(((Number) wang.get(0).get("team_id")).longValue()).isEqualTo(crew.team());
        // class A: the first follow-up two days after the first contact, by visit (docs/sales.md)
        long wangId = ((Number) wang.get(0).get("id")).longValue();
        var tasks = ok(get("/api/v1/sales/leads/" + wangId + "/tasks", as(crew.rep())), 200);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("dueOn").asString())
                .isEqualTo(firstContact.plusDays(2).toString());
        assertThat(tasks.get(0).get("channel").asString()).isEqualTo("VISIT");

        var li = leadsWithPhone(plain);
        assertThat(li).hasSize(1);
        assertThat(li.get(0).get("intent_class")).isNull();
        assertThat(li.get(0).get("source")).isEqualTo("IMPORT");
        assertThat(((Number) li.get(0).get("owner_id")).longValue())
                .as("no owner column: the importer")
                .isEqualTo(crew.managerId());
        long liId = ((Number) li.get(0).get("id")).longValue();
        assertThat(ok(get("/api/v1/sales/leads/" + liId + "/tasks", as(crew.manager())), 200))
                .as("ungraded: no plan")
                .isEmpty();

        var audit =
                jdbc.sql("""
                SELECT details->>'imported' FROM audit_log WHERE action = 'IMPORT' AND entity_type = 'sales_lead'
                AND actor = :actor""").param("actor", crew.manager()).query(String.class).list();
        assertThat(audit).containsExactly("2");
    }

    @Test
    void badRowsAreReportedByRowAndColumnAndAllOrNothingStoresNothingWhileValidOnlyStoresTheGoodRows()
            throws Exception {
        var crew = crew();
        var good = mobile();
        var p = new String[] {mobile(), mobile(), mobile(), mobile(), mobile()};
        var taken = mobile();
        ok(send("POST", "/api/v1/sales/leads", as(crew.rep()), "{\"name\":\"已有线索\",\"phone\":\"" + taken + "\"}"), 201);
        var csv = "name,phone,intentClass,firstContactOn,owner,team,notes\n"
                + "Good One," + good + ",B,,,,\n" // row 2: fine
                + "Bad Class," + p[0] + ",E,,,,\n" // row 3: no class E
                + "Formula," + p[1] + ",,,,,=1+2\n" // row 4: formula in notes
                + "Nobody," + p[2] + ",,,no-such-user-" + UUID.randomUUID() + ",,\n" // row 5: unknown owner
                + "Twin,+86 " + good + ",,,,,\n" // row 6: same phone as row 2
                + "Existing," + taken + ",,,,,\n" // row 7: an open lead has it
                + "No Team," + p[3] + ",,,,no-such-team-" + UUID.randomUUID() + ",\n" // row 8: unknown team
                + "Bad Date," + p[4] + ",C,2024-13-45,,,\n"; // row 9: no 13th month
        var bytes = csv.getBytes(StandardCharsets.UTF_8);

        var report = ok(
                upload("/api/v1/sales/leads/import?dryRun=false&mode=ALL_OR_NOTHING", as(crew.rep()), "bad.csv", bytes),
                200);
        assertThat(report.get("rows").asInt()).isEqualTo(8);
        assertThat(report.get("validRows").asInt()).isEqualTo(1);
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(problemsOfRow(report, 2)).isEmpty();
        assertThat(problemsOfRow(report, 3)).singleElement().asString().startsWith("intentClass:");
        assertThat(problemsOfRow(report, 4))
                .singleElement()
                .asString()
                .startsWith("notes:")
                .contains("formula");
        assertThat(problemsOfRow(report, 5))
                .singleElement()
                .asString()
                .startsWith("owner:")
                .contains("unknown user");
        assertThat(problemsOfRow(report, 6))
                .singleElement()
                .asString()
                .startsWith("phone:")
                .contains("row 2");
        assertThat(problemsOfRow(report, 7))
                .singleElement()
                .asString()
                .startsWith("phone:")
                .contains("open lead");
        assertThat(problemsOfRow(report, 8))
                .singleElement()
                .asString()
                .startsWith("team:")
                .contains("unknown team");
        assertThat(problemsOfRow(report, 9)).singleElement().asString().startsWith("firstContactOn:");
        assertThat(leadsWithPhone(good)).as("all or nothing: nothing stored").isEmpty();
        for (var phone : p) {
            assertThat(leadsWithPhone(phone)).isEmpty();
        }

        var validOnly = ok(
                upload("/api/v1/sales/leads/import?dryRun=false&mode=VALID_ONLY", as(crew.rep()), "bad.csv", bytes),
                200);
        assertThat(validOnly.get("applied").asBoolean()).isTrue();
        assertThat(validOnly.get("imported").asInt()).isEqualTo(1);
        assertThat(leadsWithPhone(good)).singleElement().satisfies(l -> {
            assertThat(l.get("name")).isEqualTo("Good One");
            assertThat(l.get("intent_class")).isEqualTo("B");
        });
        assertThat(leadsWithPhone("+86 " + good)).isEmpty();
        assertThat(leadsWithPhone(taken)).hasSize(1);
        for (var phone : p) {
            assertThat(leadsWithPhone(phone)).isEmpty();
        }
    }

    @Test
    void xlsxWithEnglishHeadersIsImported() throws Exception {
        var crew = crew();
        var phone = mobile();
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("leads");
            var header = sheet.createRow(0);
            var names = List.of("Name", "Phone", "Company", "Product interest", "Intent class", "Source");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            var row = sheet.createRow(1);
            var values = List.of("Zhao Lei", phone, "Fleet & Co", "Van X2", "c", "referral");
            for (int i = 0; i < values.size(); i++) {
                row.createCell(i).setCellValue(values.get(i));
            }
            workbook.write(out);
        }
        var report = ok(
                upload("/api/v1/sales/leads/import?dryRun=false", as(crew.rep()), "leads.xlsx", out.toByteArray()),
                200);
        assertThat(report.get("problems")).as(report.toString()).isEmpty();
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(leadsWithPhone(phone)).singleElement().satisfies(l -> {
            assertThat(l.get("company")).isEqualTo("Fleet & Co");
            assertThat(l.get("product_interest")).isEqualTo("Van X2");
            assertThat(l.get("intent_class")).isEqualTo("C");
            assertThat(l.get("source")).isEqualTo("REFERRAL");
            assertThat(((Number) l.get("owner_id")).longValue()).isEqualTo(crew.repId());
        });
    }

    @Test
    void analystsMayNotImport() throws Exception {
        var n = UUID.randomUUID().toString().substring(0, 8);
        identity.createUserUnchecked(new dev.touchpoint.server.identity.NewUser(
                "sana" + n,
                "Analyst",
                null,
                PASSWORD,
                dev.touchpoint.server.identity.Role.ANALYST,
                java.util.Set.of()));
        var phone = mobile();
        var response = upload(
                "/api/v1/sales/leads/import?dryRun=false",
                as("sana" + n),
                "a.csv",
                ("name,phone\nX," + phone + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(leadsWithPhone(phone)).isEmpty();
    }

    @Test
    void exportNeutralisesFormulasKeepsToTheCallersScopeAndIsAudited() throws Exception {
        var crew = crew();
        var other = crew();
        var marker = "EXP" + UUID.randomUUID().toString().substring(0, 8);
        var refused = send("POST", "/api/v1/sales/leads", as(crew.rep()), """
                {"name":"=HYPERLINK(\\"http://evil.example\\",\\"x\\")","company":"@SUM(A1)","phone":"%s","productInterest":"%s"}""".formatted(mobile(), marker));
        assertThat(refused.statusCode())
                .as("the API refuses what the importer refuses")
                .isEqualTo(400);
        assertThat(refused.body()).contains("\"rule\":\"formula\"");
        var formulaLead = ok(send("POST", "/api/v1/sales/leads", as(crew.rep()), """
                {"name":"placeholder","company":"placeholder","phone":"%s","productInterest":"%s"}""".formatted(mobile(), marker)), 201)
                .get("id")
                .asLong();
        // values stored before the rule, or written by another system into the database
        jdbc.sql("UPDATE sales_lead SET name = :n, company = :c WHERE id = :id")
                .param("n", "=HYPERLINK(\"http://evil.example\",\"x\")")
                .param("c", "@SUM(A1)")
                .param("id", formulaLead)
                .update();
        ok(send("POST", "/api/v1/sales/leads", as(crew.rep()), """
                {"name":"普通客户","phone":"%s","productInterest":"%s"}""".formatted(mobile(), marker)), 201);

        var csv = download("/api/v1/sales/leads/export?format=csv&q=" + marker, as(crew.rep()));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("leads.csv");
        var text = new String(csv.body(), StandardCharsets.UTF_8);
        var lines = text.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("name", "phone", "intentClass", "owner", "team");
        assertThat(text)
                .contains("'=HYPERLINK")
                .contains("'@SUM(A1)")
                .contains("普通客户")
                .contains(crew.rep());
        for (var line : lines.subList(1, lines.size())) {
            for (var cell : line.split(",")) {
                var value = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(value).doesNotStartWith("=").doesNotStartWith("@");
            }
        }

        var xlsx = download("/api/v1/sales/leads/export?format=xlsx&q=" + marker, as(crew.rep()));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            for (int r = 1; r <= 2; r++) {
                sheet.getRow(r).forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
        }

        var outsider = download("/api/v1/sales/leads/export?format=csv&q=" + marker, as(other.rep()));
        assertThat(new String(outsider.body(), StandardCharsets.UTF_8).lines().count())
                .as("another team sees none")
                .isEqualTo(1);

        var entries = jdbc.sql("""
                SELECT details->>'format' AS format, details->>'rows' AS rows, actor FROM audit_log
                WHERE action = 'EXPORT' AND entity_type = 'sales_lead' AND details->>'q' = :q ORDER BY id""").param("q", marker).query().listOfRows();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0))
                .containsEntry("format", "csv")
                .containsEntry("rows", "2")
                .containsEntry("actor", crew.rep());
        assertThat(entries.get(1)).containsEntry("format", "xlsx").containsEntry("rows", "2");
        assertThat(entries.get(2)).containsEntry("rows", "0").containsEntry("actor", other.rep());
    }
}
