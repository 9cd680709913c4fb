package dev.touchpoint.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.NewUser;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ServiceIntegrationTest extends IntegrationTestSupport {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final AtomicInteger SEQ = new AtomicInteger();
    static final String PASSWORD = "service-test-password";
    final ObjectMapper mapper = new ObjectMapper();

    @Autowired
    CustomerApi customers;

    @Autowired
    IdentityApi identity;

    @Autowired
    ServiceApi service;

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000 + "-" + SEQ.incrementAndGet();
    }

    long team() {
        return identity.createTeamUnchecked(unique("svc-team-"), Team.Kind.SERVICE_GROUP)
                .id();
    }

    String user(Role role, long teamId) {
        var name = unique("svc.user").replace("-", ".");
        identity.createUserUnchecked(new NewUser(name, "Agent " + name, null, PASSWORD, role, Set.of(teamId)));
        return basic(name, PASSWORD);
    }

    long customer(Long teamId, String email) {
        return customers
                .insertAll(List.of(new NewCustomer(
                        CustomerKind.PERSON,
                        unique("客户"),
                        null,
                        email,
                        null,
                        null,
                        null,
                        teamId,
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

    JsonNode json(java.net.http.HttpResponse<String> response) {
        return mapper.readTree(response.body());
    }

    String importJson(
            long customerId,
            String ref,
            String created,
            String type,
            String priority,
            List<String> messages,
            List<String> statuses) {
        return """
                [{"externalRef":"%s","customerId":%d,"type":"%s","priority":"%s","channel":"PHONE","subject":"Imported %s",
                  "createdAt":"%s","messages":[%s],"statusChanges":[%s]}]""".formatted(
                        ref,
                        customerId,
                        type,
                        priority,
                        ref,
                        at(created),
                        String.join(",", messages),
                        String.join(",", statuses));
    }

    static String msg(String party, String local) {
        return "{\"party\":\"%s\",\"body\":\"text\",\"at\":\"%s\"}".formatted(party, at(local));
    }

    static String status(String status, String local) {
        return "{\"status\":\"%s\",\"at\":\"%s\"}".formatted(status, at(local));
    }

    long importOne(String body) throws Exception {
        var response = send("POST", "/api/v1/service/tickets/import?dryRun=false", admin(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("imported").asInt()).isEqualTo(1);
        return jdbc.sql("SELECT max(id) FROM ticket").query(Long.class).single();
    }

    @Test
    void fridayFivePmAnsweredMondayHalfPastNineIsNinetyBusinessMinutes() throws Exception {
        long c = customer(null, null);
        // 8 Jan 2027 is a Friday, 11 Jan a Monday; the standard policy uses Mon–Fri 09:00–18:00
        long id = importOne(importJson(
                c,
                unique("ref-"),
                "2027-01-08T17:00",
                "QUESTION",
                "NORMAL",
                List.of(msg("CUSTOMER", "2027-01-08T17:00"), msg("AGENT", "2027-01-11T09:30")),
                List.of(status("OPEN", "2027-01-11T09:30"))));
        var ticket = json(get("/api/v1/service/tickets/" + id, admin())).path("ticket");
        assertThat(ticket.path("sla")
                        .path("measured")
                        .path("firstResponseMinutes")
                        .asLong())
                .isEqualTo(90);
        assertThat(ticket.path("sla").path("firstResponse").path("state").asString())
                .isEqualTo("MET");
        assertThat(ticket.path("firstResponseAt").asString())
                .isEqualTo(at("2027-01-11T09:30").toString());
    }

    @Test
    void pendingCustomerPausesTheResolutionClock() throws Exception {
        long c = customer(null, null);
        // Mon 11 Jan 09:00 → Tue 12 Jan 12:00 = 540 + 180; pending Mon 10:00 → Tue 10:00 holds 480 + 60 → 180
        long id = importOne(importJson(
                c,
                unique("ref-"),
                "2027-01-11T09:00",
                "REQUEST",
                "NORMAL",
                List.of(msg("AGENT", "2027-01-11T09:20")),
                List.of(
                        status("PENDING_CUSTOMER", "2027-01-11T10:00"),
                        status("OPEN", "2027-01-12T10:00"),
                        status("SOLVED", "2027-01-12T12:00"))));
        var sla = json(get("/api/v1/service/tickets/" + id, admin()))
                .path("ticket")
                .path("sla");
        assertThat(sla.path("measured").path("resolutionMinutes").asLong()).isEqualTo(180);
        assertThat(sla.path("resolution").path("state").asString()).isEqualTo("MET");
    }

    @Test
    void agentsSeeTicketsOfTheirCustomersOnly() throws Exception {
        long mine = team();
        long other = team();
        var agent = user(Role.SERVICE, mine);
        var body = """
                {"customerId":%d,"type":"QUESTION","subject":"Where is my car?","description":"Please call me"}""";
        var own = send("POST", "/api/v1/service/tickets", agent, body.formatted(customer(mine, null)));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        var foreign = send("POST", "/api/v1/service/tickets", admin(), body.formatted(customer(other, null)));
        long foreignId = json(foreign).path("ticket").path("id").asLong();
        assertThat(get("/api/v1/service/tickets/" + foreignId, agent).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/service/tickets/999999999", agent).statusCode()).isEqualTo(404);
        var list = json(get("/api/v1/service/tickets?size=100", agent));
        assertThat(list.path("items")
                        .valueStream()
                        .map(t -> t.path("id").asLong())
                        .toList())
                .contains(json(own).path("ticket").path("id").asLong())
                .doesNotContain(foreignId);
    }

    @Test
    void replyingStopsTheFirstResponseClockAndComplaintsNeedARootCauseToBeSolved() throws Exception {
        long c = customer(null, null);
        var created = send("POST", "/api/v1/service/tickets", admin(), """
                {"customerId":%d,"type":"COMPLAINT","priority":"HIGH","subject":"Scratch on delivery","description":"The door is scratched"}""".formatted(c));
        var ticket = json(created).path("ticket");
        long id = ticket.path("id").asLong();
        assertThat(ticket.path("status").asString()).isEqualTo("NEW");
        assertThat(ticket.path("sla").path("policyName").asString()).startsWith("Complaints");

        var replied = json(send(
                        "POST",
                        "/api/v1/service/tickets/" + id + "/messages",
                        admin(),
                        "{\"party\":\"AGENT\",\"body\":\"We are sorry and will repair it.\"}"))
                .path("ticket");
        assertThat(replied.path("status").asString()).isEqualTo("OPEN");
        assertThat(replied.path("firstResponseAt").isNull()).isFalse();
        assertThat(replied.path("sla").path("firstResponse").path("state").asString())
                .isIn("MET", "MISSED");

        var solve = "{\"status\":\"SOLVED\",\"priority\":\"HIGH\",\"compensationKind\":\"REPAIR\",\"satisfaction\":4}";
        var stale = send("PUT", "/api/v1/service/tickets/" + id, admin(), solve);
        assertThat(stale.statusCode()).isEqualTo(400); // no version
        var noCause = sendWithIfMatch(
                "PUT", "/api/v1/service/tickets/" + id, replied.path("version").asInt(), solve);
        assertThat(noCause.statusCode()).isEqualTo(400);
        assertThat(noCause.body()).contains("rootCause");
        var outdated = sendWithIfMatch(
                "PUT",
                "/api/v1/service/tickets/" + id,
                replied.path("version").asInt() - 1,
                solve.replace("{", "{\"rootCause\":\"DELIVERY\","));
        assertThat(outdated.statusCode()).isEqualTo(412);
        var solved = sendWithIfMatch(
                "PUT",
                "/api/v1/service/tickets/" + id,
                replied.path("version").asInt(),
                solve.replace("{", "{\"rootCause\":\"DELIVERY\","));
        assertThat(solved.statusCode()).as(solved.body()).isEqualTo(200);
        var view = json(solved);
        assertThat(view.path("status").asString()).isEqualTo("SOLVED");
        assertThat(view.path("complaint").path("rootCause").asString()).isEqualTo("DELIVERY");
        assertThat(view.path("complaint").path("satisfaction").asInt()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'ticket' AND entity_id = :id")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }

    java.net.http.HttpResponse<String> sendWithIfMatch(String method, String path, int version, String body)
            throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(uri(path))
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", admin())
                .header("If-Match", "\"" + version + "\"")
                .build();
        return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void escalationLevelsFollowTheShareOfTheTargetUsed() throws Exception {
        long c = customer(null, null);
        // urgent tickets: 24×7, first response within 30 minutes; levels at 80 %, 100 % and 150 %
        long id = importOne(importJson(
                c,
                unique("ref-"),
                "2031-03-03T09:00",
                "QUESTION",
                "URGENT",
                List.of(msg("CUSTOMER", "2031-03-03T09:00")),
                List.of()));
        service.runSlaCheck(at("2031-03-03T09:20"));
        assertThat(levels(id)).isEmpty();
        service.runSlaCheck(at("2031-03-03T09:25"));
        assertThat(levels(id)).containsExactly(1);
        service.runSlaCheck(at("2031-03-03T09:31"));
        service.runSlaCheck(at("2031-03-03T09:31"));
        assertThat(levels(id)).containsExactly(1, 2);
        service.runSlaCheck(at("2031-03-03T09:46"));
        assertThat(levels(id)).containsExactly(1, 2, 3);
        assertThat(jdbc.sql("SELECT escalation_level FROM ticket WHERE id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    List<Integer> levels(long ticketId) {
        return jdbc.sql("SELECT level FROM ticket_escalation WHERE ticket_id = :t ORDER BY level")
                .param("t", ticketId)
                .query(Integer.class)
                .list();
    }

    @Test
    void carePlansMessageOnlyConsentingCustomersWithinTheCapAndOutsideQuietHours() throws Exception {
        long consenting = customer(null, "care@example.com");
        long silent = customer(null, "silent@example.com");
        var consent = send(
                "POST",
                "/api/v1/customers/" + consenting + "/consents",
                admin(),
                "{\"channel\":\"WECHAT\",\"granted\":true,\"method\":\"signed form\"}");
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(201);
        long order = 9_000_000L + SEQ.incrementAndGet() * 10L;
        var inspected = at("2032-06-07T09:00");
        service.recordOrderStages(List.of(
                new OrderStageReached(order, consenting, "INSPECTED", inspected),
                new OrderStageReached(order + 1, consenting, "INSPECTED", inspected),
                new OrderStageReached(order + 2, consenting, "INSPECTED", inspected),
                new OrderStageReached(order + 3, consenting, "INSPECTED", inspected),
                new OrderStageReached(order + 4, silent, "INSPECTED", inspected),
                new OrderStageReached(order + 5, silent, "DELIVERED", inspected)));

        // 22:30 is within the quiet hours (21:00–08:00): nothing goes out, nothing is stored
        var quiet = service.runCarePlans(at("2032-06-06T22:30").plusSeconds(86400));
        assertThat(quiet.deferred()).isGreaterThanOrEqualTo(4);
        assertThat(outcomes(consenting)).isEmpty();

        service.runCarePlans(at("2032-06-08T10:00"));
        // three messages a week at most: the fourth shipping-day message is blocked
        assertThat(outcomes(consenting)).containsExactlyInAnyOrder("SENT", "SENT", "SENT", "BLOCKED");
        // shipping-day care, arrival reminder and (a day after delivery) sign-off feedback: all without consent
        assertThat(outcomes(silent)).containsExactly("BLOCKED", "BLOCKED", "BLOCKED");
        var blocked = json(get("/api/v1/service/messages?status=BLOCKED&customer=" + silent, admin()));
        assertThat(blocked.path("items").get(0).path("reason").asString()).isEqualTo("NO_CONSENT");
        var capped = json(get("/api/v1/service/messages?status=BLOCKED&customer=" + consenting, admin()));
        assertThat(capped.path("items").get(0).path("reason").asString()).isEqualTo("FREQUENCY_CAP");

        // running again changes nothing: each occasion is handled once
        service.runCarePlans(at("2032-06-08T11:00"));
        assertThat(outcomes(consenting)).hasSize(4);

        // usage care 7 days after delivery is a task, not a message, so consent does not matter
        service.runCarePlans(at("2032-06-14T10:00"));
        assertThat(jdbc.sql("SELECT count(*) FROM service_task WHERE customer_id = :c")
                        .param("c", silent)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    List<String> outcomes(long customerId) {
        return jdbc.sql("SELECT outcome FROM care_action WHERE customer_id = :c AND occasion LIKE 'order:%'")
                .param("c", customerId)
                .query(String.class)
                .list();
    }

    @Test
    void anEarlyWarningOpensOneProactiveTicket() {
        long c = customer(null, null);
        var first = service.openProactive(c, "No visit for 200 days", Map.of("daysSinceLastVisit", 200));
        var again = service.openProactive(c, "No visit for 200 days", Map.of("daysSinceLastVisit", 201));
        assertThat(first).isPresent();
        assertThat(again).isEqualTo(first);
        var row = jdbc.sql("SELECT proactive, channel, evidence::text FROM ticket WHERE id = :id")
                .param("id", first.get())
                .query((rs, n) -> List.of(rs.getBoolean(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(row.get(0)).isEqualTo(true);
        assertThat(row.get(1)).isEqualTo("PROACTIVE");
        assertThat((String) row.get(2)).contains("200");
    }

    @Test
    void metricsOfATeamUnderBothFirstContactResolutionDefinitions() throws Exception {
        long team = team();
        long a = customer(team, null);
        long b = customer(team, null);
        // A1: Mon 2 Feb 2026 09:00, reply 09:30, solved 10:00, no further message → FCR-1 yes;
        //     A comes back on Wed 4 Feb (A2) → FCR-2 no
        importOne(importJson(
                        a,
                        unique("m-"),
                        "2026-02-02T09:00",
                        "QUESTION",
                        "NORMAL",
                        List.of(msg("CUSTOMER", "2026-02-02T09:00"), msg("AGENT", "2026-02-02T09:30")),
                        List.of(status("SOLVED", "2026-02-02T10:00")))
                .replace("\"channel\":\"PHONE\"", "\"channel\":\"PHONE\",\"teamId\":" + team));
        // A2: Wed 4 Feb 09:00, reply 10:30, customer writes 11:00, reply 11:30, solved 12:00 → FCR-1 no, FCR-2 yes
        importOne(importJson(
                        a,
                        unique("m-"),
                        "2026-02-04T09:00",
                        "QUESTION",
                        "NORMAL",
                        List.of(
                                msg("AGENT", "2026-02-04T10:30"),
                                msg("CUSTOMER", "2026-02-04T11:00"),
                                msg("AGENT", "2026-02-04T11:30")),
                        List.of(status("SOLVED", "2026-02-04T12:00")))
                .replace("\"channel\":\"PHONE\"", "\"channel\":\"PHONE\",\"teamId\":" + team));
        // B1: Fri 6 Feb 17:00, reply Mon 9 Feb 09:30 (90), still open
        importOne(importJson(
                        b,
                        unique("m-"),
                        "2026-02-06T17:00",
                        "QUESTION",
                        "NORMAL",
                        List.of(msg("AGENT", "2026-02-09T09:30")),
                        List.of(status("OPEN", "2026-02-09T09:30")))
                .replace("\"channel\":\"PHONE\"", "\"channel\":\"PHONE\",\"teamId\":" + team));
        var report = json(get(
                        "/api/v1/service/metrics?groupBy=NONE&team=" + team + "&from=" + at("2026-02-02T00:00") + "&to="
                                + at("2026-03-01T00:00"),
                        admin()))
                .path("overall");
        assertThat(report.path("tickets").asLong()).isEqualTo(3);
        // first responses 30, 90, 90 → mean 70, median 90
        assertThat(report.path("firstResponse").path("mean").asDouble()).isEqualTo(70.0);
        assertThat(report.path("firstResponse").path("median").asDouble()).isEqualTo(90.0);
        // all answered waits 30, 90, 30, 90 → mean 60
        assertThat(report.path("response").path("mean").asDouble()).isEqualTo(60.0);
        // resolutions 60 and 180 → mean 120
        assertThat(report.path("resolution").path("mean").asDouble()).isEqualTo(120.0);
        assertThat(report.path("fcrNoFurtherMessage").path("eligible").asLong()).isEqualTo(2);
        assertThat(report.path("fcrNoFurtherMessage").path("resolved").asLong()).isEqualTo(1);
        assertThat(report.path("fcrNoRepeat").path("eligible").asLong()).isEqualTo(2);
        assertThat(report.path("fcrNoRepeat").path("resolved").asLong()).isEqualTo(1);
    }
}
