package dev.touchpoint.server.touchpoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.touchpoint.TouchpointTestSupport;
import dev.touchpoint.server.touchpoint.WebSession;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Catalogue export (CSV/XLSX, audited) and import with a dry run, bad-row report and all-or-nothing. */
class CatalogueImportIntegrationTest extends TouchpointTestSupport {

    private static final String HEADER =
            "code,name_zh,name_en,line,stage,kind,channel,owner_role,key,control_metrics," + "site,zone\n";

    private HttpResponse<String> upload(String query, String auth, byte[] file, String name) throws Exception {
        var boundary = "----tp" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(uri("/api/v1/touchpoints/import?" + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> problems(JsonNode report) {
        var result = new ArrayList<String>();
        report.get("problems")
                .forEach(p ->
                        result.add(p.get("row").asInt() + " " + p.get("column").asString()));
        return result;
    }

    @Test
    void badRowsAreReportedByRowAndColumnAndAllOrNothingStoresNothing() throws Exception {
        var good = unique("IMP_GOOD");
        var other = unique("IMP_OTHER");
        var site = team();
        var csv = HEADER
                + good + ",展厅迎宾,Greeting,展示,INQUIRY,ENTRY,STORE,SALES,是,greeting | 30 | s | audit; tidy,"
                + site.name() + ",ENTRANCE\n" // row 2: fine
                + other + ",坏阶段,Bad stage,DISPLAY,LATER,ENTRY,STORE,SALES,no,,,\n" // row 3: stage
                + unique("IMP_F") + ",=HYPERLINK(\"x\"),Formula,DISPLAY,INQUIRY,ENTRY,STORE,SALES,no,,,\n" // row 4
                + good + ",重复,Twice,DISPLAY,INQUIRY,ENTRY,STORE,SALES,no,,no such site,\n" // row 5: dup, site
                + "bad code,小写,Lower,DISPLAY,INQUIRY,ENTRY,STORE,SALES,maybe,x | ten,,\n"; // row 6
        var bytes = csv.getBytes(StandardCharsets.UTF_8);

        var dryRun = upload("dryRun=true", admin(), bytes, "catalogue.csv");
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        var report = body(dryRun);
        assertThat(report.get("rows").asInt()).isEqualTo(5);
        assertThat(report.get("validRows").asInt()).isEqualTo(1);
        assertThat(problems(report))
                .containsExactlyInAnyOrder(
                        "3 stage", "4 name_zh", "5 code", "5 site", "6 code", "6 key", "6 control_metrics");
        assertThat(report.get("applied").asBoolean()).isFalse();

        var allOrNothing = body(upload("dryRun=false&mode=ALL_OR_NOTHING", admin(), bytes, "catalogue.csv"));
        assertThat(allOrNothing.get("applied").asBoolean()).isFalse();
        assertThat(allOrNothing.get("imported").asInt()).isZero();
        assertThat(count("SELECT count(*) FROM touchpoint WHERE code IN (?, ?)", good, other))
                .isZero();

        var validOnly = body(upload("dryRun=false&mode=VALID_ONLY", admin(), bytes, "catalogue.csv"));
        assertThat(validOnly.get("imported").asInt()).isEqualTo(1);
        var stored = body(get("/api/v1/touchpoints/" + good, admin()));
        assertThat(stored.get("line").asString()).isEqualTo("DISPLAY");
        assertThat(stored.get("key").asBoolean()).isTrue();
        assertThat(stored.get("siteTeamId").asLong()).isEqualTo(site.id());
        assertThat(stored.get("controlMetrics").get(0).get("target").decimalValue())
                .isEqualByComparingTo("30");
        assertThat(stored.get("controlMetrics").get(1).get("name").asString()).isEqualTo("tidy");
        assertThat(count("SELECT count(*) FROM touchpoint WHERE code = ?", other))
                .isZero();
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'IMPORT' AND entity_type = 'touchpoint' "
                        + "AND details ->> 'mode' = 'VALID_ONLY' AND at > now() - interval '1 minute'"))
                .isPositive();

        // a known code updates the entry; columns left out keep their values
        var update = "编码,英文名称\n" + good + ",Greeting at the door\n";
        var updated = body(upload("dryRun=false", admin(), update.getBytes(StandardCharsets.UTF_8), "u.csv"));
        assertThat(updated.get("imported").asInt()).as(updated.toString()).isEqualTo(1);
        var after = body(get("/api/v1/touchpoints/" + good, admin()));
        assertThat(after.get("nameEn").asString()).isEqualTo("Greeting at the door");
        assertThat(after.get("nameZh").asString()).isEqualTo("展厅迎宾");
        assertThat(after.get("version").asInt()).isEqualTo(stored.get("version").asInt() + 1);
    }

    @Test
    void theExportReadsBackWithoutProblemsAndIsAudited() throws Exception {
        for (var format : List.of("csv", "xlsx")) {
            var export = http.send(
                    HttpRequest.newBuilder(uri("/api/v1/touchpoints/export?format=" + format))
                            .header("Authorization", admin())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("touchpoints-");
            var catalogueSize = count("SELECT count(*) FROM touchpoint");
            var report = body(upload("dryRun=true", admin(), export.body(), "export." + format));
            assertThat(report.get("rows").asLong()).isEqualTo(catalogueSize);
            assertThat(problems(report)).isEmpty();
        }
        var csv = new String(
                http.send(
                                HttpRequest.newBuilder(uri("/api/v1/touchpoints/export?format=csv"))
                                        .header("Authorization", admin())
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray())
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("code,name_zh,name_en,line,stage,kind,channel,owner_role,key,information,conveyed_how,"
                        + "control_metrics,site,zone,position")
                .contains("HANDOVER_CEREMONY");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND entity_type = 'touchpoint' "
                        + "AND at > now() - interval '1 minute'"))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void salesCannotImportAndThePageRendersInChinese() throws Exception {
        var file = (HEADER + unique("IMP_S") + ",甲,A,DISPLAY,INQUIRY,ENTRY,STORE,SALES,no,,,\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(upload("dryRun=false", user(Role.SALES, team()), file, "c.csv")
                        .statusCode())
                .isEqualTo(403);
        var web = WebSession.login(this::uri, "admin", ADMIN_PASSWORD);
        var page = web.get("/touchpoints/import", "zh-CN");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("导入触点清单").contains("检查文件").contains("也可使用的列名");
        assertThat(web.get("/touchpoints", "zh-CN").body())
                .contains("catalogue-export-xlsx")
                .contains("导出 CSV");
    }
}
