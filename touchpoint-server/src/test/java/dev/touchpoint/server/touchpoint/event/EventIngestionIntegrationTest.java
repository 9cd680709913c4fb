package dev.touchpoint.server.touchpoint.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.touchpoint.NewEvent;
import dev.touchpoint.server.touchpoint.TouchpointTestSupport;
import org.junit.jupiter.api.Test;

class EventIngestionIntegrationTest extends TouchpointTestSupport {

    private static String event(String id, Long customer, String visitor, String touchpoint, String at) {
        return "{\"eventId\":\"" + id + "\"," + (customer != null ? "\"customerId\":" + customer + "," : "")
                + (visitor != null ? "\"visitorId\":\"" + visitor + "\"," : "")
                + "\"touchpoint\":\"" + touchpoint + "\",\"occurredAt\":\"" + at + "\"}";
    }

    @Test
    void replayingABatchStoresNothingNew() throws Exception {
        long customer = customer(team());
        var prefix = unique("idem-");
        var ndjson = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            ndjson.append(event(prefix + "-" + i, customer, null, "TEST_DRIVE", "2025-03-01T10:15:00+08:00"))
                    .append('\n');
        }
        var first = post("/api/v1/events", admin(), "application/x-ndjson", ndjson.toString());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(body(first).get("accepted").asInt()).isEqualTo(50);
        assertThat(body(first).get("duplicates").asInt()).isZero();

        var replay = post("/api/v1/events", admin(), "application/x-ndjson", ndjson.toString());
        assertThat(body(replay).get("accepted").asInt()).isZero();
        assertThat(body(replay).get("duplicates").asInt()).isEqualTo(50);
        assertThat(count("SELECT count(*) FROM touchpoint_event WHERE event_id LIKE ?", prefix + "-%"))
                .isEqualTo(50);
    }

    @Test
    void oneBadEventRejectsTheWholeBatchNamingEachProblem() throws Exception {
        long customer = customer(team());
        var prefix = unique("bad-");
        var ndjson = event(prefix + "-0", customer, null, "TEST_DRIVE", "2025-03-01T10:15:00+08:00") + "\n"
                + event(prefix + "-1", customer, null, "NO_SUCH_TOUCHPOINT", "2025-03-01T10:15:00+08:00") + "\n"
                + "\n"
                + "{\"eventId\":\"" + prefix + "-3\",\"customerId\":" + customer
                + ",\"touchpoint\":\"TEST_DRIVE\",\"occurredAt\":\"2025-03-01 10:15\",\"emotion\":9}\n"
                + "not json\n";
        var response = post("/api/v1/events", admin(), "application/x-ndjson", ndjson);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        var errors = body(response).get("errors");
        assertThat(java.util.stream.StreamSupport.stream(errors.spliterator(), false)
                        .map(e -> e.get("line").asInt() + ":" + e.get("field").asString() + ":"
                                + e.get("rule").asString())
                        .toList())
                .containsExactlyInAnyOrder(
                        "2:touchpoint:unknown", "4:occurredAt:format", "4:emotion:range", "5:line:json");
        assertThat(errors.get(0).get("index").asInt()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM touchpoint_event WHERE event_id LIKE ?", prefix + "-%"))
                .isZero();
    }

    @Test
    void jsonArrayAndCsvAreAcceptedAndKindDefaultsFromTheTouchpoint() throws Exception {
        long customer = customer(team());
        var prefix = unique("fmt-");
        var array = "[" + event(prefix + "-a", customer, null, "DELIVERY_PAPERWORK", "2025-03-01T10:15:00+08:00") + ","
                + event(prefix + "-b", customer, null, "HANDOVER_CEREMONY", "2025-03-01T11:15:00+08:00") + "]";
        assertThat(body(post("/api/v1/events", admin(), "application/json", array))
                        .get("accepted")
                        .asInt())
                .isEqualTo(2);
        var csv = "eventId,customerId,touchpoint,occurredAt,emotion,attributes\n" + prefix + "-c," + customer
                + ",SHOWROOM_ENTRY,2025-03-02T09:00:00Z,5,\"{\"\"door\"\":\"\"north\"\"}\"\n";
        assertThat(body(post("/api/v1/events", admin(), "text/csv", csv))
                        .get("accepted")
                        .asInt())
                .isEqualTo(1);

        assertThat(jdbc.sql("SELECT kind FROM touchpoint_event WHERE event_id = ?")
                        .param(prefix + "-a")
                        .query(String.class)
                        .single())
                .isEqualTo("FRICTION");
        assertThat(jdbc.sql("SELECT attributes ->> 'door' FROM touchpoint_event WHERE event_id = ?")
                        .param(prefix + "-c")
                        .query(String.class)
                        .single())
                .isEqualTo("north");
    }

    @Test
    void salesMayOnlyPostEventsOfCustomersInScope() throws Exception {
        var mine = team();
        var other = team();
        var sales = user(Role.SALES, mine);
        long own = customer(mine);
        long foreign = customer(other);
        var prefix = unique("scope-");
        var batch = "[" + event(prefix + "-0", own, null, "TEST_DRIVE", "2025-03-01T10:15:00+08:00") + ","
                + event(prefix + "-1", foreign, null, "TEST_DRIVE", "2025-03-01T10:15:00+08:00") + "]";

        var response = post("/api/v1/events", sales, "application/json", batch);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(body(response).get("errors").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM touchpoint_event WHERE event_id LIKE ?", prefix + "-%"))
                .isZero();
        var allowed = post(
                "/api/v1/events",
                sales,
                "application/json",
                "[" + event(prefix + "-0", own, null, "TEST_DRIVE", "2025-03-01T10:15:00+08:00") + "]");
        assertThat(allowed.statusCode()).isEqualTo(200);
    }

    @Test
    void identifiedVisitorsEventsBelongToTheCustomerBeforeAndAfterLinking() throws Exception {
        long customer = customer(team());
        var visitor = unique("visitor-");
        var prefix = unique("vis-");
        post(
                "/api/v1/events",
                admin(),
                "application/json",
                event(prefix + "-before", null, visitor, "SHOWROOM_ENTRY", "2025-02-01T10:00:00+08:00"));

        var link = send(
                "POST",
                "/api/v1/identities",
                admin(),
                "{\"visitorId\":\"" + visitor + "\",\"customerId\":" + customer + "}");
        assertThat(link.statusCode()).isEqualTo(201);
        assertThat(body(link).get("eventsLinked").asInt()).isEqualTo(1);

        post(
                "/api/v1/events",
                admin(),
                "application/json",
                event(prefix + "-after", null, visitor, "SHOWROOM_EXIT", "2025-02-03T10:00:00+08:00"));
        assertThat(jdbc.sql("SELECT event_id FROM touchpoint_event WHERE customer_id = ? ORDER BY occurred_at")
                        .param(customer)
                        .query(String.class)
                        .list())
                .containsExactly(prefix + "-before", prefix + "-after");

        var timeline = get("/api/v1/customers/" + customer + "/timeline", admin());
        assertThat(timeline.body()).contains("TOUCHPOINT_ENTRY").contains("TOUCHPOINT_EXIT");
    }

    @Test
    void salesSeesOnlyTimelinesOfCustomersInScope() throws Exception {
        var mine = team();
        var other = team();
        var sales = user(Role.SALES, mine);
        long own = customer(mine);
        long foreign = customer(other);
        touchpoints.ingest(java.util.List.of(
                new NewEvent(
                        unique("tl-"),
                        own,
                        null,
                        "TEST_DRIVE",
                        null,
                        java.time.Instant.parse("2025-01-01T00:00:00Z"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        6,
                        null),
                new NewEvent(
                        unique("tl-"),
                        foreign,
                        null,
                        "TEST_DRIVE",
                        null,
                        java.time.Instant.parse("2025-01-01T00:00:00Z"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        2,
                        null)));

        var ownTimeline = get("/api/v1/customers/" + own + "/timeline", sales);
        assertThat(ownTimeline.statusCode()).isEqualTo(200);
        assertThat(ownTimeline.body()).contains("Test drive");
        assertThat(get("/api/v1/customers/" + foreign + "/timeline", sales).statusCode())
                .isEqualTo(403);
    }
}
