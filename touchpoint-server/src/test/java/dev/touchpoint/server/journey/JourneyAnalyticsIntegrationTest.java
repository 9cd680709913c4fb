package dev.touchpoint.server.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Emotion curve, peak-end, voice of the customer and the key flag through the real API on a small
 * hand-computed dataset (May 2003, one team, seen by a SALES user of that team):
 *
 * <pre>
 *   P  test drive 5 (05-01), contract 4 (05-02), delivery paperwork 1, handover 6 (05-03)
 *   Q  test drive 3, left without buying 2 (05-01); NPS answers 10, 9 and 3 spread over P and Q
 * </pre>
 */
class JourneyAnalyticsIntegrationTest extends JourneyTestSupport {

    static final String PERIOD = "from=2003-05-01&to=2003-05-31";

    Team team;
    String sales;
    long p, q;

    @BeforeEach
    void dataset() throws Exception {
        team = team();
        sales = user(Role.SALES, team);
        p = customer(team, unique("赵"));
        q = customer(team, unique("钱"));
        new Events()
                .add(p, null, "TEST_DRIVE", "2003-05-01T11:00:00Z", 5)
                .add(p, null, "CONTRACT", "2003-05-02T10:00:00Z", 4)
                .add(p, null, "DELIVERY_PAPERWORK", "2003-05-03T10:00:00Z", 1)
                .add(p, null, "HANDOVER_CEREMONY", "2003-05-03T11:00:00Z", 6)
                .add(q, null, "TEST_DRIVE", "2003-05-01T11:00:00Z", 3)
                .add(q, null, "LEFT_WITHOUT_BUYING", "2003-05-01T12:00:00Z", 2)
                .add(p, null, "SATISFACTION_SURVEY", "2003-05-10T10:00:00Z", null, "{\"type\":\"NPS\",\"score\":10}")
                .add(q, null, "SATISFACTION_SURVEY", "2003-05-11T10:00:00Z", null, "{\"type\":\"NPS\",\"score\":9}")
                .add(q, null, "SATISFACTION_SURVEY", "2003-05-12T10:00:00Z", null, "{\"type\":\"NPS\",\"score\":3}")
                .post();
    }

    private JsonNode get200(String path) throws Exception {
        var response = get(path, auth(sales));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    private static JsonNode point(JsonNode points, String key) {
        return points.valueStream()
                .filter(x -> x.get("key").asString().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void zonesAndTheTimelineNameZonesInTheReadersLanguage() throws Exception {
        var r = customer(team, unique("孙"));
        new Events()
                .raw("{\"eventId\":\"" + unique("jz-") + "\",\"touchpoint\":\"SHOWROOM_DISPLAY\",\"customerId\":" + r
                        + ",\"occurredAt\":\"2003-06-02T03:00:00Z\",\"zone\":\"SHOWROOM\",\"durationSeconds\":240}")
                .post();
        var zh = body(http.send(
                java.net.http.HttpRequest.newBuilder(uri("/api/v1/analytics/zones?from=2003-06-01&to=2003-06-30"))
                        .header("Authorization", auth(sales))
                        .header("Accept-Language", "zh-CN")
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()));
        assertThat(zh.get("zoneNames").get("SHOWROOM").asString()).isEqualTo("展厅");
        var en = get200("/api/v1/analytics/zones?from=2003-06-01&to=2003-06-30");
        assertThat(en.get("zoneNames").get("SHOWROOM").asString()).isEqualTo("Showroom");
        var timeline = http.send(
                        java.net.http.HttpRequest.newBuilder(uri("/api/v1/customers/" + r + "/timeline"))
                                .header("Authorization", auth(sales))
                                .header("Accept-Language", "zh-CN")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(timeline).contains("展厅").doesNotContain("SHOWROOM\"");
    }

    @Test
    void emotionCurveHasMeansIntervalsAndLowSampleWarnings() throws Exception {
        var curve = get200("/api/v1/analytics/emotion?" + PERIOD).get("curve");
        var testDrive = point(curve.get("touchpoints"), "TEST_DRIVE");
        assertThat(testDrive.get("n").asLong()).isEqualTo(2);
        assertThat(testDrive.get("mean").asDouble()).isCloseTo(4.0, within(1e-9));
        // sd = √2, t(0.975, 1) = 12.706 → 4 ± 12.706
        assertThat(testDrive.get("interval").get("lower").asDouble()).isCloseTo(4 - 12.706, within(1e-3));
        assertThat(testDrive.get("lowSample").asBoolean()).isTrue();
        // experience stage: 5, 3, 2 → 10/3; transaction: 4, 1, 6 → 11/3
        var stages = curve.get("stages");
        assertThat(point(stages, "EXPERIENCE").get("mean").asDouble()).isCloseTo(10.0 / 3, within(1e-9));
        assertThat(point(stages, "TRANSACTION").get("n").asLong()).isEqualTo(3);
        // the paperwork wait is below neutral: a bottleneck
        assertThat(point(curve.get("touchpoints"), "DELIVERY_PAPERWORK")
                        .get("belowNeutral")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void peakEndCountsValleysAndListsTheCustomersBehindThem() throws Exception {
        var report = get200("/api/v1/analytics/peak-end?" + PERIOD);
        assertThat(report.get("journeys").asLong()).isEqualTo(2);
        assertThat(report.get("valleyFrequency").get("DELIVERY_PAPERWORK").asLong())
                .isEqualTo(1);
        assertThat(report.get("valleyFrequency").get("LEFT_WITHOUT_BUYING").asLong())
                .isEqualTo(1);
        // P: peak 6 and end 6 → peak-end 6; Q: peak 3, end 2 → 2.5; mean of the two 4.25
        assertThat(report.get("meanProfile").get("PEAK_END").asDouble()).isCloseTo(4.25, within(1e-9));

        var list = send("POST", "/api/v1/analytics/customers", auth(sales), """
                {"type":"VALLEY","touchpoint":"DELIVERY_PAPERWORK","from":"2003-05-01","to":"2003-05-31"}""");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(body(list).get("items").valueStream().map(i -> i.get("id").asLong()))
                .containsExactly(p);
    }

    @Test
    void voiceOfTheCustomerComputesNps() throws Exception {
        var voice = get200("/api/v1/analytics/voice?bucket=MONTH&" + PERIOD);
        assertThat(voice.get("rows")).hasSize(1);
        var nps = voice.get("rows").get(0).get("nps");
        // promoters 10, 9; detractor 3 → (2 − 1) ÷ 3 = 33.3
        assertThat(nps.get("n").asLong()).isEqualTo(3);
        assertThat(nps.get("score").asDouble()).isCloseTo(100.0 / 3, within(1e-9));
    }

    @Test
    void managersSetTheKeyFlagFromTheRankingSalesMayNot() throws Exception {
        var manager = user(Role.MANAGER, team);
        var refused = send("POST", "/api/v1/analytics/key-touchpoints/RESTROOM/key", auth(sales), "{\"key\":true}");
        assertThat(refused.statusCode()).isEqualTo(403);
        try {
            var set = send("POST", "/api/v1/analytics/key-touchpoints/RESTROOM/key", auth(manager), "{\"key\":true}");
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
            assertThat(touchpoints.find("RESTROOM").orElseThrow().key()).isTrue();
        } finally {
            send("POST", "/api/v1/analytics/key-touchpoints/RESTROOM/key", auth(manager), "{\"key\":false}");
        }
        var key = get200("/api/v1/analytics/key-touchpoints?" + PERIOD);
        // P converted (contract), Q did not; both met the test drive before → exposed a=1, b=1
        var testDrive = key.get("effects")
                .valueStream()
                .filter(x -> x.get("touchpoint").asString().equals("TEST_DRIVE"))
                .findFirst()
                .orElseThrow();
        assertThat(testDrive.get("effect").get("oddsRatio").get("a").asLong()).isEqualTo(1);
        assertThat(testDrive.get("effect").get("oddsRatio").get("b").asLong()).isEqualTo(1);
        assertThat(testDrive.get("effect").get("sufficient").asBoolean()).isFalse();
    }

    @Test
    void keyTouchpointsConvertToTheChosenTouchpointAndCountVisitorsOnlyWhenAsked() throws Exception {
        // "conversion" = leaving without buying: Q converted at 12:00 after its test drive (exposed, converted);
        // P never left, so its test drive and contract count as exposed, not converted
        var left = get200("/api/v1/analytics/key-touchpoints?conversion=LEFT_WITHOUT_BUYING&" + PERIOD);
        assertThat(left.get("subjects").asLong()).isEqualTo(2);
        assertThat(left.get("converted").asLong()).isEqualTo(1);
        assertThat(left.get("conversion").asString()).isEqualTo("LEFT_WITHOUT_BUYING");
        var effects = left.get("effects");
        var testDrive = effects.valueStream()
                .filter(x -> x.get("touchpoint").asString().equals("TEST_DRIVE"))
                .findFirst()
                .orElseThrow()
                .get("effect")
                .get("oddsRatio");
        assertThat(testDrive.get("a").asLong()).isEqualTo(1);
        assertThat(testDrive.get("b").asLong()).isEqualTo(1);
        var contract = effects.valueStream()
                .filter(x -> x.get("touchpoint").asString().equals("CONTRACT"))
                .findFirst()
                .orElseThrow()
                .get("effect")
                .get("oddsRatio");
        assertThat(contract.get("a").asLong()).isZero();
        assertThat(contract.get("b").asLong()).isEqualTo(1);

        // a manager sees anonymous visitors, but they count only with visitors=true
        var manager = user(Role.MANAGER, team);
        new Events()
                .add(null, unique("walk-in-"), "TEST_DRIVE", "2003-05-05T10:00:00Z", null)
                .post();
        var withoutVisitors = body(get("/api/v1/analytics/key-touchpoints?" + PERIOD, auth(manager)));
        assertThat(withoutVisitors.get("subjects").asLong()).isEqualTo(2);
        assertThat(withoutVisitors.get("visitors").asBoolean()).isFalse();
        var withVisitors = body(get("/api/v1/analytics/key-touchpoints?visitors=true&" + PERIOD, auth(manager)));
        assertThat(withVisitors.get("subjects").asLong()).isEqualTo(3);
        assertThat(withVisitors.get("visitors").asBoolean()).isTrue();
        // a sales user asking for visitors still gets customers only
        assertThat(get200("/api/v1/analytics/key-touchpoints?visitors=true&" + PERIOD)
                        .get("visitors")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void badKeyTouchpointParametersAreNamed() throws Exception {
        var unknown = get("/api/v1/analytics/key-touchpoints?conversion=NO_SUCH_THING", auth(sales));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(body(unknown).get("errors").get(0).get("field").asString()).isEqualTo("conversion");
        var notBoolean = get("/api/v1/analytics/key-touchpoints?visitors=maybe", auth(sales));
        assertThat(notBoolean.statusCode()).isEqualTo(400);
        assertThat(notBoolean.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var error = body(notBoolean).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("visitors");
        assertThat(error.get("rule").asString()).isEqualTo("type");
        assertThat(error.get("message").asString()).contains("true or false");
    }

    @Test
    void theCellsOfAKeyTouchpointListTheirCustomers() throws Exception {
        // both had a test drive; P then signed the contract, Q did not: the hot list is Q
        var notSigned = send("POST", "/api/v1/analytics/customers", auth(sales), """
                {"type":"KEY_EXPOSED","touchpoint":"TEST_DRIVE","conversion":"CONTRACT",
                 "from":"2003-05-01","to":"2003-05-31"}""");
        assertThat(notSigned.statusCode()).as(notSigned.body()).isEqualTo(200);
        assertThat(body(notSigned)
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("id").asLong()))
                .containsExactly(q);
        var signed = send("POST", "/api/v1/analytics/customers", auth(sales), """
                {"type":"KEY_EXPOSED","touchpoint":"TEST_DRIVE","conversion":"CONTRACT","converted":true,
                 "from":"2003-05-01","to":"2003-05-31"}""");
        assertThat(body(signed).get("items").valueStream().map(i -> i.get("id").asLong()))
                .containsExactly(p);
    }

    @Test
    void auditScoresCanBeThePerformanceOfTheGrid() throws Exception {
        // a mystery-shopping audit of this team's store in May 2003: everything passes but the 30-second greeting
        // (45 s), the only item covering the showroom entry → entry 0 %, test drive 100 % (capacity 1 + offer 2)
        var answers = new java.util.ArrayList<String>();
        var template = body(get("/api/v1/audit-templates/DEALERSHIP_4S", admin()));
        for (var section : template.get("sections")) {
            for (var item : section.get("items")) {
                var code = item.get("code").asString();
                var value = switch (item.get("type").asString()) {
                    case "YES_NO" -> "1";
                    case "SCALE" -> "5";
                    case "TIMED" -> code.equals("R_TIMELY") ? "45" : "10";
                    default -> "95";
                };
                answers.add("{\"item\":\"" + code + "\",\"answer\":" + value + "}");
            }
        }
        var audit = send(
                "POST",
                "/api/v1/audits",
                admin(),
                "{\"templateCode\":\"DEALERSHIP_4S\",\"siteTeamId\":"
                        + team.id() + ",\"date\":\"2003-05-10\",\"auditor\":\"神秘顾客 B\",\"answers\":["
                        + String.join(",", answers) + "]}");
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(201);

        var key = get200("/api/v1/analytics/key-touchpoints?performance=AUDIT&" + PERIOD);
        assertThat(key.get("performance").asString()).isEqualTo("AUDIT");
        var testDrive = key.get("effects")
                .valueStream()
                .filter(x -> x.get("touchpoint").asString().equals("TEST_DRIVE"))
                .findFirst()
                .orElseThrow();
        assertThat(testDrive.get("auditScore").asDouble()).isEqualTo(100.0);
        // audits outside the period do not count: until 05-09 the test drives are there, the audit (05-10) is not
        var before = get200("/api/v1/analytics/key-touchpoints?performance=AUDIT&from=2003-05-01&to=2003-05-09");
        var earlyTestDrive = before.get("effects")
                .valueStream()
                .filter(x -> x.get("touchpoint").asString().equals("TEST_DRIVE"))
                .findFirst()
                .orElseThrow();
        assertThat(earlyTestDrive.path("auditScore").isMissingNode()
                        || earlyTestDrive.path("auditScore").isNull())
                .as("no audit score without an audit in the period")
                .isTrue();
        var bad = get("/api/v1/analytics/key-touchpoints?performance=LOUDNESS", auth(sales));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(body(bad).get("errors").get(0).get("field").asString()).isEqualTo("performance");
    }
}
