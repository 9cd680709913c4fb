package dev.touchpoint.server.touchpoint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.touchpoint.TouchpointTestSupport;
import dev.touchpoint.server.touchpoint.WebSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Audit score trends per site, section and touchpoint on a checklist of this test's own, so the
 * numbers are only these audits' and can be worked out by hand.
 */
class AuditTrendIntegrationTest extends TouchpointTestSupport {

    private final LocalDate thisMonth = LocalDate.now().withDayOfMonth(1);
    private final LocalDate lastMonth = thisMonth.minusMonths(1);

    private long audit(String template, long site, LocalDate date, int a1, int a2, int b1) throws Exception {
        var r = send("POST", "/api/v1/audits", admin(), """
                {"templateCode":"%s","siteTeamId":%d,"date":"%s","auditor":"A","answers":[
                 {"item":"a1","answer":%d},{"item":"a2","answer":%d},{"item":"b1","answer":%d}]}""".formatted(template, site, date.plusDays(1), a1, a2, b1));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return body(r).get("id").asLong();
    }

    /** key → month → score of the trend points whose key is one of {@code keys}. */
    private Map<String, Map<String, String>> trend(String by, List<String> keys) throws Exception {
        var r = get("/api/v1/audits/trends?by=" + by + "&months=3", admin());
        assertThat(r.statusCode()).isEqualTo(200);
        var result = new HashMap<String, Map<String, String>>();
        for (JsonNode p : body(r)) {
            if (keys.contains(p.get("key").asString())) {
                result.computeIfAbsent(p.get("key").asString(), k -> new HashMap<>())
                        .put(
                                p.get("month").asString().substring(0, 7),
                                p.get("score").decimalValue().setScale(2).toPlainString());
            }
        }
        return result;
    }

    @Test
    void monthlyMeansPerSiteSectionAndTouchpointAndTheAuditsBehindAPoint() throws Exception {
        var tp = unique("TRENDTP");
        assertThat(send("POST", "/api/v1/touchpoints", admin(), """
                {"code":"%s","nameZh":"趋势触点","nameEn":"Trend touchpoint","line":"SERVICE","stage":"EXPERIENCE",
                 "kind":"EXPERIENCE","channel":"STORE","ownerRole":"SALES"}""".formatted(tp))
                        .statusCode())
                .isEqualTo(201);
        var template = unique("TREND");
        var secA = unique("SA");
        var secB = unique("SB");
        var saved = send("POST", "/api/v1/audit-templates", admin(), """
                {"code":"%s","nameZh":"趋势","nameEn":"Trend","sections":[
                  {"code":"%s","nameZh":"甲","nameEn":"Section A","items":[
                    {"code":"a1","textZh":"是否","textEn":"yes/no","type":"YES_NO","weight":1,"touchpoint":"%s"},
                    {"code":"a2","textZh":"评分","textEn":"scale","type":"SCALE","weight":1}]},
                  {"code":"%s","nameZh":"乙","nameEn":"Section B","items":[
                    {"code":"b1","textZh":"是否","textEn":"yes/no","type":"YES_NO","weight":1}]}]}""".formatted(template, secA, tp, secB));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        var s1 = team();
        var s2 = team();
        // a1 yes/no, a2 scale 1–5 earning (a2 − 1) / 4, b1 yes/no; all weights 1
        long x = audit(template, s1.id(), lastMonth, 1, 5, 1); // A 100,  B 100, overall 100
        long y = audit(template, s1.id(), lastMonth, 0, 3, 0); // A 25,   B 0,   overall 0.5 / 3 = 16.67
        audit(template, s1.id(), thisMonth, 1, 1, 0); // A 50,   B 0,   overall 1 / 3 = 33.33
        audit(template, s2.id(), thisMonth, 1, 4, 1); // A 87.5, B 100, overall 2.75 / 3 = 91.67
        var last = lastMonth.toString().substring(0, 7);
        var now = thisMonth.toString().substring(0, 7);

        var bySite = trend("site", List.of(Long.toString(s1.id()), Long.toString(s2.id())));
        assertThat(bySite.get(Long.toString(s1.id()))).isEqualTo(Map.of(last, "58.34", now, "33.33"));
        assertThat(bySite.get(Long.toString(s2.id()))).isEqualTo(Map.of(now, "91.67"));
        var bySection = trend("section", List.of(secA, secB));
        assertThat(bySection.get(secA)).isEqualTo(Map.of(last, "62.50", now, "68.75"));
        assertThat(bySection.get(secB)).isEqualTo(Map.of(last, "50.00", now, "50.00"));
        // only a1 checks the touchpoint: last month 1 of 2 points, this month 2 of 2
        assertThat(trend("touchpoint", List.of(tp)).get(tp)).isEqualTo(Map.of(last, "50.00", now, "100.00"));

        var behind = get("/api/v1/audits?site=" + s1.id() + "&month=" + last, admin());
        var ids = new ArrayList<Long>();
        body(behind).forEach(a -> ids.add(a.get("id").asLong()));
        assertThat(ids).containsExactlyInAnyOrder(x, y);
        var bySectionBehind = get("/api/v1/audits?section=" + secB + "&month=" + now, admin());
        assertThat(body(bySectionBehind).size()).isEqualTo(2);

        var web = WebSession.login(this::uri, "admin", ADMIN_PASSWORD);
        var page = web.get("/touchpoints/audits/trends?by=section&months=3", "zh-CN");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("检查得分趋势")
                .contains("data-key=\"" + secA + "\"")
                .contains("62.50")
                .contains("68.75")
                .contains("month=" + last + "&amp;section=" + secA);
        var sitePage = web.get("/touchpoints/audits/trends?by=site&months=3", "en");
        assertThat(sitePage.body())
                .contains(s1.name())
                .contains("58.34")
                .contains("91.67")
                .contains("month=" + last + "&amp;site=" + s1.id());
        var list = web.get("/touchpoints/audits?month=" + last + "&site=" + s1.id(), "en");
        assertThat(list.body())
                .contains("audit-filter")
                .contains("/touchpoints/audits/" + x + "\"")
                .contains("/touchpoints/audits/" + y + "\"")
                .contains("audit-trends-link");
    }
}
