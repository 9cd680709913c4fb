package dev.touchpoint.server.touchpoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.touchpoint.TouchpointTestSupport;
import dev.touchpoint.server.touchpoint.WebSession;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The matrix's site filter counts only that site's events; the period selector drops older ones. */
class MatrixFilterIntegrationTest extends TouchpointTestSupport {

    private static String event(String tp, String site, OffsetDateTime at, int emotion) {
        return """
                {"eventId":"%s","visitorId":"v-%s","touchpoint":"%s","occurredAt":"%s","emotion":%d%s}""".formatted(
                        unique("mx-"), unique(""), tp, at, emotion, site == null ? "" : ",\"site\":\"" + site + "\"");
    }

    private static String eventsOf(String page, String code) {
        var m = Pattern.compile(
                        "data-code=\"" + Pattern.quote(code) + "\".*?class=\"tp-events\">([0-9,]+)<", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("matrix shows " + code).isTrue();
        return m.group(1);
    }

    @Test
    void theSiteFilterCountsOnlyThatSitesEventsAndThePeriodOnlyRecentOnes() throws Exception {
        var tp = unique("MATRIXTP");
        assertThat(send("POST", "/api/v1/touchpoints", admin(), """
                {"code":"%s","nameZh":"矩阵触点","nameEn":"Matrix touchpoint","line":"DISPLAY","stage":"INQUIRY",
                 "kind":"DWELL","channel":"STORE","ownerRole":"SALES"}""".formatted(tp))
                        .statusCode())
                .isEqualTo(201);
        var a = team();
        var b = team();
        var now = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1);
        var events = new ArrayList<String>();
        events.add(event(tp, Long.toString(a.id()), now, 2)); // site A by id
        events.add(event(tp, Long.toString(a.id()), now, 4));
        events.add(event(tp, Long.toString(a.id()), now, 6));
        events.add(event(tp, Long.toString(a.id()), now.minusMonths(6), 1)); // A, outside the last 3 months
        events.add(event(tp, b.name(), now, 5)); // site B by name
        events.add(event(tp, b.name(), now, 5));
        events.add(event(tp, null, now, 3)); // no site
        var ingest = send("POST", "/api/v1/events", admin(), "[" + String.join(",", events) + "]");
        assertThat(ingest.statusCode()).as(ingest.body()).isEqualTo(200);

        var web = WebSession.login(this::uri, "admin", ADMIN_PASSWORD);
        assertThat(eventsOf(web.get("/touchpoints/matrix", "en").body(), tp)).isEqualTo("7");
        var siteA = web.get("/touchpoints/matrix?site=" + a.id() + "&months=12", "en")
                .body();
        assertThat(eventsOf(siteA, tp)).isEqualTo("4");
        // mean emotion of A's four events: (2 + 4 + 6 + 1) / 4 = 3.25 → 3.3
        assertThat(siteA).containsPattern("data-code=\"" + tp + "\"(?s:.*?)<span>3\\.3</span>");
        var siteA3 = web.get("/touchpoints/matrix?site=" + a.id() + "&months=3", "zh-CN")
                .body();
        assertThat(eventsOf(siteA3, tp)).isEqualTo("3");
        assertThat(siteA3).contains("近 3 个月");
        assertThat(eventsOf(web.get("/touchpoints/matrix?site=" + b.id(), "en").body(), tp))
                .isEqualTo("2");
        var empty = team();
        assertThat(eventsOf(
                        web.get("/touchpoints/matrix?site=" + empty.id(), "en").body(), tp))
                .isEqualTo("0");
    }
}
