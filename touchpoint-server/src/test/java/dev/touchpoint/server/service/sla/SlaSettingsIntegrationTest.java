package dev.touchpoint.server.service.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.NewUser;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.service.ServiceWebSupport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Editing SLA policies and business calendars on the SLA page (administrators only): inline errors, stale
 * versions refused, and every change measured on the SLA clocks of an existing ticket.
 */
class SlaSettingsIntegrationTest extends ServiceWebSupport {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String PASSWORD = "sla-settings-password";
    final ObjectMapper mapper = new ObjectMapper();

    @Autowired
    CustomerApi customers;

    @Autowired
    IdentityApi identity;

    String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000;
    }

    static String at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant().toString();
    }

    long firstResponseMinutes(long ticket) throws Exception {
        var sla = mapper.readTree(
                        get("/api/v1/service/tickets/" + ticket, admin()).body())
                .path("ticket")
                .path("sla");
        return sla.path("measured").path("firstResponseMinutes").asLong();
    }

    JsonNode store() throws Exception {
        for (var c : mapper.readTree(get("/api/v1/service/calendars", admin()).body())) {
            if (c.path("code").asString().equals("STORE")) {
                return c;
            }
        }
        throw new AssertionError("no STORE calendar");
    }

    static String version(String page, String formId) {
        var form = page.substring(page.indexOf("id=\"" + formId + "\""));
        var m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    Map<String, String> policyForm(String csrf, String name, long team, String calendar, String version) {
        var form = new LinkedHashMap<String, String>();
        form.put("_csrf", csrf);
        form.put("version", version);
        form.put("name", name);
        form.put("rank", "1");
        form.put("active", "true");
        form.put("condTeamId", Long.toString(team));
        form.put("calendarCode", calendar);
        form.put("firstResponseMinutes", "600");
        form.put("nextResponseMinutes", "600");
        form.put("resolutionMinutes", "5000");
        form.put("dueSoonPercent", "80");
        form.put("escalation1Percent", "100");
        form.put("escalation2Percent", "150");
        form.put("pauseStatuses", "PENDING_CUSTOMER");
        return form;
    }

    @Test
    void administratorsEditPoliciesAndCalendarsAndTheClocksFollow() throws Exception {
        long team = identity.createTeamUnchecked(unique("sla-team-"), Team.Kind.SERVICE_GROUP)
                .id();
        long customer = customers
                .insertAll(List.of(new NewCustomer(
                        CustomerKind.PERSON,
                        unique("日历客户"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        team,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .get(0);
        var manager = unique("sla.manager");
        identity.createUserUnchecked(
                new NewUser(manager, "Manager " + manager, null, PASSWORD, Role.MANAGER, Set.of(team)));
        var admin = loginWithForm("admin", ADMIN_PASSWORD);
        var original = store();
        try {
            // inline errors: a blank name and a zero target, then escalation levels that do not increase
            var page = browse(admin, "/service/sla/policies/new");
            assertThat(page.statusCode()).isEqualTo(200);
            var name = unique("Team SLA ");
            var bad = policyForm(csrf(page.body()), "", team, "STORE", "0");
            bad.put("firstResponseMinutes", "0");
            var refused = postForm(admin, "/service/sla/policies", bad);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("id=\"error-name\"").contains("id=\"error-firstResponseMinutes\"");
            var backwards = policyForm(csrf(refused.body()), name, team, "STORE", "0");
            backwards.put("escalation2Percent", "90");
            var refusedAgain = postForm(admin, "/service/sla/policies", backwards);
            assertThat(refusedAgain.statusCode()).isEqualTo(400);
            assertThat(refusedAgain.body()).contains("id=\"error-escalation2Percent\"");
            assertThat(jdbc.sql("SELECT count(*) FROM sla_policy WHERE name = :n")
                            .param("n", name)
                            .query(Long.class)
                            .single())
                    .isZero();

            var created = postForm(
                    admin, "/service/sla/policies", policyForm(csrf(refusedAgain.body()), name, team, "STORE", "0"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
            long policy = jdbc.sql("SELECT id FROM sla_policy WHERE name = :n")
                    .param("n", name)
                    .query(Long.class)
                    .single();
            assertThat(jdbc.sql("SELECT pause_statuses FROM sla_policy WHERE id = :id")
                            .param("id", policy)
                            .query(String.class)
                            .single())
                    .isEqualTo("PENDING_CUSTOMER");

            // managers may not change policies or calendars
            var asManager = loginWithForm(manager, PASSWORD);
            assertThat(browse(asManager, "/service/sla/policies/new").statusCode())
                    .isEqualTo(403);
            assertThat(browse(asManager, "/service/sla/calendars/STORE").statusCode())
                    .isEqualTo(403);
            assertThat(send("PUT", "/api/v1/service/calendars/STORE/years/2033", basic(manager, PASSWORD), "[]")
                            .statusCode())
                    .isEqualTo(403);

            // Wed 9 Mar 2033 17:00, answered Fri 11 Mar 09:30; STORE is open daily 08:30–18:00:
            // Wed 60 + Thu 570 + Fri 60 = 690 business minutes
            var imported = send("POST", "/api/v1/service/tickets/import?dryRun=false", admin(), """
                    [{"externalRef":"%s","customerId":%d,"type":"QUESTION","priority":"NORMAL","channel":"PHONE",
                      "subject":"Calendar check","createdAt":"%s","messages":[
                      {"party":"CUSTOMER","body":"hello","at":"%s"},{"party":"AGENT","body":"hi","at":"%s"}]}]""".formatted(
                    unique("cal-"), customer, at("2033-03-09T17:00"), at("2033-03-09T17:00"), at("2033-03-11T09:30")));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            long ticket = jdbc.sql("SELECT max(id) FROM ticket WHERE customer_id = :c")
                    .param("c", customer)
                    .query(Long.class)
                    .single();
            var sla = mapper.readTree(
                            get("/api/v1/service/tickets/" + ticket, admin()).body())
                    .path("ticket")
                    .path("sla");
            assertThat(sla.path("policyName").asString()).isEqualTo(name);
            assertThat(firstResponseMinutes(ticket)).isEqualTo(690);

            // a holiday on Thursday: 60 + 0 + 60 = 120
            var calendar = browse(admin, "/service/sla/calendars/STORE?year=2033");
            assertThat(calendar.statusCode()).isEqualTo(200);
            var badDays = postForm(
                    admin,
                    "/service/sla/calendars/STORE/years/2033",
                    Map.of(
                            "_csrf",
                            csrf(calendar.body()),
                            "version",
                            version(calendar.body(), "days-form"),
                            "days",
                            "2033-02-30 HOLIDAY impossible"));
            assertThat(badDays.statusCode()).isEqualTo(400);
            assertThat(badDays.body()).contains("id=\"error-days\"").contains("line 1");
            var holiday = postForm(
                    admin,
                    "/service/sla/calendars/STORE/years/2033",
                    Map.of(
                            "_csrf",
                            csrf(badDays.body()),
                            "version",
                            version(calendar.body(), "days-form"),
                            "days",
                            "2033-03-10 HOLIDAY 测试假日"));
            assertThat(holiday.statusCode()).as(holiday.body()).isEqualTo(302);
            assertThat(firstResponseMinutes(ticket)).isEqualTo(120);

            // Friday opens at 09:00 instead of 08:30: 60 + 0 + 30 = 90
            calendar = browse(admin, "/service/sla/calendars/STORE?year=2033");
            var staleVersion = version(calendar.body(), "hours-form");
            var hours = new LinkedHashMap<String, String>();
            hours.put("_csrf", csrf(calendar.body()));
            hours.put("version", staleVersion);
            hours.put("year", "2033");
            for (int d = 1; d <= 7; d++) {
                hours.put("hours" + d, d == 5 ? "09:00-18:00" : "08:30-18:00");
            }
            var badHours = new LinkedHashMap<>(hours);
            badHours.put("hours1", "9-18");
            var refusedHours = postForm(admin, "/service/sla/calendars/STORE/hours", badHours);
            assertThat(refusedHours.statusCode()).isEqualTo(400);
            assertThat(refusedHours.body()).contains("id=\"error-hours1\"");
            assertThat(postForm(admin, "/service/sla/calendars/STORE/hours", hours)
                            .statusCode())
                    .isEqualTo(302);
            assertThat(firstResponseMinutes(ticket)).isEqualTo(90);
            // the same version again: someone changed it meanwhile
            var stale = postForm(admin, "/service/sla/calendars/STORE/hours", hours);
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(stale.body()).contains("id=\"calendar-conflict\"");
            var staleApi = http.send(
                    HttpRequest.newBuilder(uri("/api/v1/service/calendars/STORE/hours"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", admin())
                            .header("If-Match", "\"" + staleVersion + "\"")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"version\":0,\"hours\":[]}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(staleApi.statusCode()).isEqualTo(412);

            // the policy moves to OFFICE (Mon–Fri 09:00–18:00, no 2033 holidays): 60 + 540 + 30 = 630
            var edit = browse(admin, "/service/sla/policies/" + policy);
            var policyVersion = version(edit.body(), "policy-form");
            var moved = postForm(
                    admin,
                    "/service/sla/policies/" + policy,
                    policyForm(csrf(edit.body()), name, team, "OFFICE", policyVersion));
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(302);
            assertThat(firstResponseMinutes(ticket)).isEqualTo(630);
            var conflict = postForm(
                    admin,
                    "/service/sla/policies/" + policy,
                    policyForm(csrf(edit.body()), name, team, "STORE", policyVersion));
            assertThat(conflict.statusCode()).isEqualTo(409);
            assertThat(conflict.body()).contains("id=\"policy-conflict\"");
            assertThat(firstResponseMinutes(ticket)).isEqualTo(630);

            assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'sla_policy' AND entity_id = :id")
                            .param("id", Long.toString(policy))
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM audit_log WHERE entity_type = 'service_calendar' AND entity_id = 'STORE'
                    AND action = 'UPDATE' AND actor = 'admin'""").query(Long.class).single()).isGreaterThanOrEqualTo(2);
        } finally {
            restore(original);
        }
    }

    /** Puts the shipped STORE hours back and empties 2033, for the other tests sharing the database. */
    void restore(JsonNode original) throws Exception {
        var current = store();
        var hours = new StringBuilder();
        for (var h : original.path("hours")) {
            hours.append(hours.isEmpty() ? "" : ",").append(h.toString());
        }
        var put = send(
                "PUT",
                "/api/v1/service/calendars/STORE/hours",
                admin(),
                "{\"version\":" + current.path("version").asInt() + ",\"hours\":[" + hours + "]}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(send("PUT", "/api/v1/service/calendars/STORE/years/2033", admin(), "[]")
                        .statusCode())
                .isEqualTo(200);
    }
}
