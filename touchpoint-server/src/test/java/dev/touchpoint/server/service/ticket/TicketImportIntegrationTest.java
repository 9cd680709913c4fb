package dev.touchpoint.server.service.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.service.ServiceWebSupport;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Ticket import from CSV/XLSX files: one row per message, dry run report by row and column, both modes. */
class TicketImportIntegrationTest extends ServiceWebSupport {

    static final String HEADER =
            "ticketRef,customerId,type,priority,channel,subject,createdAt,status,solvedAt,closedAt,"
                    + "rootCause,satisfaction,orderId,party,internal,author,body,at";
    final ObjectMapper mapper = new ObjectMapper();

    @Autowired
    CustomerApi customers;

    long customer() {
        return customers
                .insertAll(List.of(new NewCustomer(
                        CustomerKind.PERSON,
                        "导入客户" + System.nanoTime(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .get(0);
    }

    /**
     * Rows 2–3: a good ticket (Fri 8 Jan 2027 17:00, answered Mon 09:30, solved Mon 10:00); rows 4–5: a
     * formula in a body and a reply older than the ticket; row 6: an unknown type.
     */
    String file(String ref, long c) {
        var rows = new ArrayList<String>();
        rows.add(HEADER);
        rows.add(ref + "-A," + c + ",QUESTION,NORMAL,PHONE,退货咨询,2027-01-08 17:00,SOLVED,2027-01-11 10:00,,,,,"
                + "CUSTOMER,,,能退货吗？,2027-01-08 17:00");
        rows.add(ref + "-A,,,,,,,,,,,,,AGENT,,王客服,可以，七天之内。,2027-01-11 09:30");
        rows.add(ref + "-B," + c + ",REQUEST,HIGH,EMAIL,Broken part,2027-01-08 10:00,,,,,,,"
                + "CUSTOMER,,,\"=HYPERLINK(\"\"http://x\"\")\",2027-01-08 10:00");
        rows.add(ref + "-B,,,,,,,,,,,,,AGENT,,,ok,2027-01-07 10:00");
        rows.add(ref + "-C," + c
                + ",QUERY,NORMAL,PHONE,Where is it,2027-01-08 10:00,,,,,,,CUSTOMER,,,where?,2027-01-08 10:00");
        return String.join("\r\n", rows) + "\r\n";
    }

    JsonNode importFile(byte[] content, boolean dryRun, String mode) throws Exception {
        var response = multipart(
                http,
                "/api/v1/service/tickets/import?dryRun=" + dryRun + "&mode=" + mode,
                admin(),
                Map.of(),
                "tickets.csv",
                content);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return mapper.readTree(response.body());
    }

    long tickets(String refPrefix) {
        return jdbc.sql("SELECT count(*) FROM ticket WHERE external_ref LIKE :p")
                .param("p", refPrefix + "-%")
                .query(Long.class)
                .single();
    }

    @Test
    void badRowsAreReportedByRowAndColumnAndAllOrNothingStoresNothing() throws Exception {
        long c = customer();
        var ref = "csv" + System.nanoTime();
        var content = file(ref, c).getBytes(StandardCharsets.UTF_8);

        var dry = importFile(content, true, "ALL_OR_NOTHING");
        assertThat(dry.path("rows").asInt()).isEqualTo(3);
        assertThat(dry.path("validRows").asInt()).isEqualTo(1);
        assertThat(dry.path("applied").asBoolean()).isFalse();
        assertThat(dry.path("encoding").asString()).isEqualTo("UTF-8");
        var problems = new ArrayList<String>();
        dry.path("problems")
                .forEach(p -> problems.add(
                        p.path("row").asInt() + ":" + p.path("column").asString()));
        assertThat(problems).containsExactlyInAnyOrder("4:body", "5:at", "6:type");

        var all = importFile(content, false, "ALL_OR_NOTHING");
        assertThat(all.path("applied").asBoolean()).isFalse();
        assertThat(all.path("imported").asInt()).isZero();
        assertThat(tickets(ref)).isZero();

        var valid = importFile(content, false, "VALID_ONLY");
        assertThat(valid.path("applied").asBoolean()).isTrue();
        assertThat(valid.path("imported").asInt()).isEqualTo(1);
        assertThat(tickets(ref)).isEqualTo(1);
        long id = jdbc.sql("SELECT id FROM ticket WHERE external_ref = :r")
                .param("r", ref + "-A")
                .query(Long.class)
                .single();
        var ticket =
                mapper.readTree(get("/api/v1/service/tickets/" + id, admin()).body());
        assertThat(ticket.path("messages")).hasSize(2);
        assertThat(ticket.path("ticket").path("subject").asString()).isEqualTo("退货咨询");
        assertThat(ticket.path("ticket").path("status").asString()).isEqualTo("SOLVED");
        // Mon–Fri 09:00–18:00: Fri 17:00 → Mon 09:30 = 60 + 30; → Mon 10:00 = 60 + 60
        assertThat(ticket.path("ticket")
                        .path("sla")
                        .path("measured")
                        .path("firstResponseMinutes")
                        .asLong())
                .isEqualTo(90);
        assertThat(ticket.path("ticket")
                        .path("sla")
                        .path("measured")
                        .path("resolutionMinutes")
                        .asLong())
                .isEqualTo(120);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'ticket' AND action = 'IMPORT' "
                                + "AND summary = '1 tickets imported'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);

        // the same file again: the good ticket is refused as already imported
        var again = importFile(content, true, "ALL_OR_NOTHING");
        assertThat(again.path("problems").toString()).contains("\"row\":2").contains("ticketRef");
    }

    @Test
    void aGbkFileIsReadAndThePageRunsTheDryRunAndTheImport() throws Exception {
        long c = customer();
        var ref = "gbk" + System.nanoTime();
        var csv = HEADER + "\r\n" + ref + "-A," + c + ",COMPLAINT,NORMAL,PHONE,送货太慢,2027-01-08 17:00,,,,,,,"
                + "CUSTOMER,,,三天还没到,2027-01-08 17:00\r\n";
        var content = csv.getBytes(Charset.forName("GBK"));

        var session = loginWithForm("admin", ADMIN_PASSWORD);
        var page = browse(session, "/service/tickets/import");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ticketRef");
        var checked = multipart(
                session, "/service/tickets/import", null, Map.of("_csrf", csrf(page.body())), "tickets.csv", content);
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        assertThat(checked.body())
                .contains("id=\"import-report\"")
                .contains("GB18030")
                .doesNotContain("id=\"import-problems\"");
        assertThat(tickets(ref)).isZero();
        var applied = postForm(
                session,
                "/service/tickets/import/apply",
                Map.of("mode", "ALL_OR_NOTHING", "_csrf", csrf(checked.body())));
        assertThat(applied.body()).contains("id=\"import-applied\"");
        assertThat(jdbc.sql("SELECT subject FROM ticket WHERE external_ref = :r")
                        .param("r", ref + "-A")
                        .query(String.class)
                        .single())
                .isEqualTo("送货太慢");
    }

    @Test
    void anXlsxFileIsImportedWithItsHistory() throws Exception {
        long c = customer();
        var ref = "xlsx" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        // Mon 11 Jan 2027 09:00 → reply 10:15 = 75 business minutes
        dev.touchpoint.server.platform.tabular.TabularWriter.write(
                dev.touchpoint.server.platform.tabular.TabularFormat.XLSX,
                List.of(HEADER.split(",")),
                List.of(
                        List.of(
                                ref + "-A",
                                Long.toString(c),
                                "REQUEST",
                                "",
                                "WECHAT",
                                "换货申请",
                                "2027-01-11 09:00",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "CUSTOMER",
                                "",
                                "",
                                "想换个颜色",
                                "2027-01-11 09:00"),
                        List.of(
                                ref + "-A",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "AGENT",
                                "",
                                "",
                                "好的",
                                "2027-01-11 10:15")),
                out);
        var report = importFile(out.toByteArray(), false, "ALL_OR_NOTHING");
        assertThat(report.path("problems")).isEmpty();
        assertThat(report.path("imported").asInt()).isEqualTo(1);
        long id = jdbc.sql("SELECT id FROM ticket WHERE external_ref = :r")
                .param("r", ref + "-A")
                .query(Long.class)
                .single();
        var ticket = mapper.readTree(
                        get("/api/v1/service/tickets/" + id, admin()).body())
                .path("ticket");
        assertThat(ticket.path("channel").asString()).isEqualTo("WECHAT");
        assertThat(ticket.path("status").asString()).isEqualTo("OPEN");
        assertThat(ticket.path("sla")
                        .path("measured")
                        .path("firstResponseMinutes")
                        .asLong())
                .isEqualTo(75);
    }
}
