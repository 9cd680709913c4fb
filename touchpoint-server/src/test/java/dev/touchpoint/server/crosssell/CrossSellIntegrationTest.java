package dev.touchpoint.server.crosssell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.touchpoint.server.crosssell.mining.MiningService;
import dev.touchpoint.server.sales.SalesTestSupport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Cross-sell through the API on planted orders: 30 customers buy a car with floor mats, 10 the car
 * alone, 5 the mats alone, and one customer of another team the car alone — so "car ⇒ mats" has
 * confidence 30 / 41 — and the rule becomes the next best action of those without mats, within each
 * caller's record scope.
 */
class CrossSellIntegrationTest extends SalesTestSupport {

    @Autowired
    MiningService mining;

    @Autowired
    dev.touchpoint.server.crosssell.action.ProactiveService proactive;

    @Test
    void plantedBasketsBecomeARuleANextBestActionAndACallListWithinScope() throws Exception {
        var crew = crew();
        var n = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long vehicle = category("VEHICLE");
        long accessory = category("ACCESSORY");
        long car = product("XS-CAR-" + n, "测试车 " + n, vehicle, "VEHICLE", "100000.00", "90000.00");
        long mats = product("XS-MAT-" + n, "Floor mats " + n, accessory, "ACCESSORY", "880.00", "420.00");
        long film = product("XS-FILM-" + n, "Window film " + n, accessory, "ACCESSORY", "3600.00", "1500.00");
        var day = LocalDate.now().minusDays(20);
        var both = new ArrayList<Long>();
        var carOnly = new ArrayList<Long>();
        for (int i = 0; i < 45; i++) {
            long customer = customer("交叉" + n + "-" + i, crew.repId(), crew.team());
            if (i < 30) {
                order(customer, day, car, mats);
                both.add(customer);
            } else if (i < 40) {
                order(customer, day, car);
                carOnly.add(customer);
            } else {
                order(customer, day, mats);
            }
        }
        // a car buyer of another team: in the admin's call list, not in the rep's
        var other = crew();
        long stranger = customer("别组客户" + n, other.repId(), other.team());
        order(stranger, day, car);

        var settings = ok(get("/api/v1/crosssell/settings", admin()), 200);
        var invalid = send("PUT", "/api/v1/crosssell/settings", admin(), settingsJson(settings, 2.0));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"minSupport\"");
        assertThat(send("PUT", "/api/v1/crosssell/settings", as(crew.manager()), settingsJson(settings, 0.0001))
                        .statusCode())
                .as("only administrators change the thresholds")
                .isEqualTo(403);
        ok(send("PUT", "/api/v1/crosssell/settings", admin(), settingsJson(settings, 0.0001)), 200);
        try {
            mining.awaitIdle(java.time.Duration.ofMinutes(5)); // a run another test's value run started
            var run = mining.runNow(LocalDate.now());
            assertThat(run.status()).as(run.error()).isEqualTo("DONE");

            // the rule, with its measures computed by hand from the counts
            var rules = ok(
                    get("/api/v1/crosssell/rules?run=" + run.id() + "&item=XS-CAR-" + n + "&limit=50", admin()), 200);
            JsonNode rule = null;
            for (var r : rules) {
                if (r.get("antecedent").toString().equals("[\"XS-CAR-" + n + "\"]")
                        && r.get("consequent").toString().equals("[\"XS-MAT-" + n + "\"]")) {
                    rule = r;
                }
            }
            assertThat(rule).as(rules.toString()).isNotNull();
            long baskets = baskets();
            assertThat(rule.get("count").asInt()).isEqualTo(30);
            assertThat(rule.get("confidence").asDouble()).isCloseTo(30.0 / 41, within(1e-12));
            assertThat(rule.get("support").asDouble()).isCloseTo(30.0 / baskets, within(1e-12));
            assertThat(rule.get("lift").asDouble()).isCloseTo((30.0 / 41) / (35.0 / baskets), within(1e-9));
            assertThat(get("/api/v1/crosssell/rules", as(crew.rep())).statusCode())
                    .as("rules are aggregate statistics for analysts and managers")
                    .isEqualTo(403);
            assertThat(get("/api/v1/crosssell/rules", as(crew.manager())).statusCode())
                    .isEqualTo(200);

            // the next best action of a car buyer without mats
            var actions = ok(get("/api/v1/customers/" + carOnly.get(0) + "/next-actions", as(crew.rep())), 200);
            var mat = find(actions, "PRODUCT:XS-MAT-" + n);
            assertThat(mat).as(actions.toString()).isNotNull();
            assertThat(mat.get("kind").asText()).isEqualTo("ASSOCIATION");
            assertThat(mat.get("probability").asDouble()).isCloseTo(30.0 / 41, within(1e-12));
            assertThat(mat.get("offerName").asText()).isEqualTo("Floor mats " + n);
            // expected value = confidence × margin (880 − 420) × P(alive), P(alive) ≤ 1
            assertThat(mat.get("expectedValue").asDouble()).isBetween(0.0, 30.0 / 41 * 460 + 0.01);
            assertThat(mat.get("evidence").get(0).get("lift").asDouble())
                    .isCloseTo(rule.get("lift").asDouble(), within(1e-9));
            assertThat(find(
                            ok(get("/api/v1/customers/" + both.get(0) + "/next-actions", as(crew.rep())), 200),
                            "PRODUCT:XS-MAT-" + n))
                    .as("nothing bought recently is suggested")
                    .isNull();
            assertThat(get("/api/v1/customers/" + stranger + "/next-actions", as(crew.rep()))
                            .statusCode())
                    .isEqualTo(403);

            // call lists follow the record scope
            var repList = ok(get("/api/v1/next-actions?offer=PRODUCT:XS-MAT-" + n, as(crew.rep())), 200);
            var repCustomers = new ArrayList<Long>();
            repList.forEach(a -> repCustomers.add(a.get("customerId").asLong()));
            assertThat(repCustomers).containsExactlyInAnyOrderElementsOf(carOnly);
            var adminList = ok(get("/api/v1/next-actions?offer=PRODUCT:XS-MAT-" + n + "&limit=1000", admin()), 200);
            var adminCustomers = new ArrayList<Long>();
            adminList.forEach(a -> adminCustomers.add(a.get("customerId").asLong()));
            assertThat(adminCustomers).contains(stranger).containsAll(carOnly);
            var csv = get("/api/v1/next-actions/export?format=csv&offer=PRODUCT:XS-MAT-" + n, as(crew.rep()));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body().lines().count()).isEqualTo(11); // header + the 10
            var audit = ok(get("/api/v1/audit?entityType=next_action&size=5", admin()), 200);
            assertThat(audit.toString()).contains("exported a call list of 10 customers");

            // acting on it: accepted, then bought — the next run attributes the conversion
            var wrong = send(
                    "POST",
                    "/api/v1/customers/" + carOnly.get(0) + "/next-actions",
                    as(crew.rep()),
                    "{\"action\":\"PRODUCT:NOPE\",\"outcome\":\"ACCEPTED\"}");
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(wrong.body()).contains("\"field\":\"action\"");
            var accepted = ok(
                    send(
                            "POST",
                            "/api/v1/customers/" + carOnly.get(0) + "/next-actions",
                            as(crew.rep()),
                            "{\"action\":\"PRODUCT:XS-MAT-" + n + "\",\"outcome\":\"ACCEPTED\",\"note\":\"客户同意\"}"),
                    201);
            assertThat(accepted.get("rule").asText()).isEqualTo("XS-CAR-" + n + " ⇒ XS-MAT-" + n);
            order(carOnly.get(0), LocalDate.now(), mats);
            var dismissed = ok(
                    send(
                            "POST",
                            "/api/v1/customers/" + carOnly.get(1) + "/next-actions",
                            as(crew.rep()),
                            "{\"action\":\"PRODUCT:XS-MAT-" + n + "\",\"outcome\":\"DISMISSED\"}"),
                    201);
            assertThat(dismissed.get("outcome").asText()).isEqualTo("DISMISSED");
            assertThat(find(
                            ok(get("/api/v1/customers/" + carOnly.get(1) + "/next-actions", as(crew.rep())), 200),
                            "PRODUCT:XS-MAT-" + n))
                    .as("a dismissed offer is not suggested again for 30 days")
                    .isNull();
            mining.awaitIdle(java.time.Duration.ofMinutes(5));
            assertThat(mining.runNow(LocalDate.now()).status()).isEqualTo("DONE");
            var history = ok(get("/api/v1/customers/" + carOnly.get(0) + "/next-actions/history", as(crew.rep())), 200);
            assertThat(history.get(0).get("convertedOn").asText())
                    .isEqualTo(LocalDate.now().toString());
            var outcomes = ok(get("/api/v1/crosssell/outcomes", admin()), 200);
            JsonNode measured = null;
            for (var o : outcomes) {
                if (o.get("rule").asText().equals("XS-CAR-" + n + " ⇒ XS-MAT-" + n)) {
                    measured = o;
                }
            }
            assertThat(measured).isNotNull();
            assertThat(measured.get("offered").asInt()).isEqualTo(2);
            assertThat(measured.get("converted").asInt()).isEqualTo(1);
            // measured outcomes now rank the rule: (1 + 10 × prior) ÷ (2 + 10), the prior its confidence — still
            // 30 / 41: the mats were bought in an order of their own, a basket without the car
            var after = find(
                    ok(get("/api/v1/customers/" + carOnly.get(2) + "/next-actions", as(crew.rep())), 200),
                    "PRODUCT:XS-MAT-" + n);
            assertThat(after.get("probability").asDouble()).isCloseTo((1 + 10 * (30.0 / 41)) / 12, within(1e-9));
        } finally {
            ok(
                    send(
                            "PUT",
                            "/api/v1/crosssell/settings",
                            admin(),
                            settingsJson(
                                    ok(get("/api/v1/crosssell/settings", admin()), 200),
                                    settings.get("minSupport").asDouble())),
                    200);
        }
    }

    @Test
    void needRulesAreCheckedWordByWordAndDueNeedsBecomeActions() throws Exception {
        var crew = crew();
        var n = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long car = product("XN-CAR-" + n, "Car " + n, category("VEHICLE"), "VEHICLE", "100000.00", "90000.00");
        product("XN-WAX-" + n, "Wax " + n, category("ACCESSORY"), "ACCESSORY", "300.00", "100.00");
        long customer = customer("需求" + n, crew.repId(), crew.team());
        var bought = LocalDate.now().minusDays(10);
        order(customer, bought, car);

        var bad = send(
                "POST",
                "/api/v1/crosssell/need-rules",
                admin(),
                "{\"rule\":\"when product XN-CAR-" + n + " then product XN-WAX-" + n
                        + " after 3 weeks\",\"nameEn\":\"Wax\",\"nameZh\":\"打蜡\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("\"field\":\"rule\"")
                .contains("word 9: expected days, months or km, found 'weeks'");
        assertThat(send(
                                "POST",
                                "/api/v1/crosssell/need-rules",
                                as(crew.rep()),
                                "{\"rule\":\"when product A then product B after 3 days\",\"nameEn\":\"x\",\"nameZh\":\"x\"}")
                        .statusCode())
                .as("sales reps do not edit need rules")
                .isEqualTo(403);
        var created = ok(
                send(
                        "POST",
                        "/api/v1/crosssell/need-rules",
                        as(crew.manager()),
                        "{\"rule\":\"when product XN-CAR-" + n + " then product XN-WAX-" + n
                                + " after 7 days valid 30 days probability 0.9 value 5000\",\"nameEn\":\"Wax after a week\",\"nameZh\":\"一周后打蜡\"}"),
                201);
        try {
            var actions = ok(get("/api/v1/customers/" + customer + "/next-actions", as(crew.rep())), 200);
            var wax = find(actions, "PRODUCT:XN-WAX-" + n);
            assertThat(wax).as(actions.toString()).isNotNull();
            assertThat(wax.get("kind").asText()).isEqualTo("NEED");
            assertThat(wax.get("probability").asDouble()).isEqualTo(0.9);
            assertThat(wax.get("value").asDouble()).isEqualTo(5000.0);
            assertThat(wax.get("evidence").get(0).get("dueDate").asText())
                    .isEqualTo(bought.plusDays(7).toString());
            assertThat(wax.get("reason").asText())
                    .contains("Wax after a week")
                    .contains(bought.plusDays(7).toString());
            var zh = json.readTree(http.send(
                            java.net.http.HttpRequest.newBuilder(uri("/api/v1/customers/" + customer + "/next-actions"))
                                    .header("Authorization", as(crew.rep()))
                                    .header("Accept-Language", "zh-CN")
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body());
            assertThat(find(zh, "PRODUCT:XN-WAX-" + n).get("reason").asText())
                    .contains("一周后打蜡")
                    .contains("到期");

            // odometer readings: recorded at service reception, never in the future
            assertThat(send(
                                    "POST",
                                    "/api/v1/customers/" + customer + "/odometer-readings",
                                    as(crew.rep()),
                                    "{\"readOn\":\"" + LocalDate.now().plusDays(1) + "\",\"km\":1200}")
                            .statusCode())
                    .isEqualTo(400);
            ok(
                    send(
                            "POST",
                            "/api/v1/customers/" + customer + "/odometer-readings",
                            as(crew.rep()),
                            "{\"km\":1200}"),
                    201);
            assertThat(ok(get("/api/v1/customers/" + customer + "/odometer-readings", as(crew.rep())), 200)
                            .get(0)
                            .get("km")
                            .asInt())
                    .isEqualTo(1200);
        } finally {
            assertThat(send(
                                    "DELETE",
                                    "/api/v1/crosssell/need-rules/"
                                            + created.get("id").asLong(),
                                    as(crew.manager()),
                                    null)
                            .statusCode())
                    .isEqualTo(204);
        }
    }

    @Test
    void dueServiceNeedsRemindCustomersThroughTheGuardOnceOrOpenTasks() throws Exception {
        var crew = crew();
        var n = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long car = product("XP-CAR-" + n, "Car " + n, category("VEHICLE"), "VEHICLE", "100000.00", "90000.00");
        long svc =
                product("XP-SVC-" + n, "Service " + n, category("MAINTENANCE"), "SERVICE_PACKAGE", "600.00", "200.00");
        var today = LocalDate.now();
        var bought = today.minusDays(40);
        long consenting = customer("超前同意" + n, crew.repId(), crew.team());
        long silent = customer("超前未同意" + n, crew.repId(), crew.team());
        long takenUp = customer("超前已跟进" + n, crew.repId(), crew.team());
        long serviced = customer("超前已保养" + n, crew.repId(), crew.team());
        long recent = customer("超前新车" + n, crew.repId(), crew.team());
        for (long c : new long[] {consenting, silent, takenUp, serviced}) {
            order(c, bought, car);
        }
        order(serviced, bought.plusDays(5), svc);
        order(recent, today.minusDays(10), car);
        for (long c : new long[] {consenting, takenUp}) {
            ok(
                    send(
                            "POST",
                            "/api/v1/customers/" + c + "/consents",
                            admin(),
                            "{\"channel\":\"SMS\",\"granted\":true,\"method\":\"service form\"}"),
                    201);
        }
        var rule = ok(
                send(
                        "POST",
                        "/api/v1/crosssell/need-rules",
                        as(crew.manager()),
                        "{\"rule\":\"when product XP-CAR-" + n + " then service XP-SVC-" + n
                                + " after 30 days valid 60 days\",\"nameEn\":\"service " + n
                                + "\",\"nameZh\":\"保养" + n + "\"}"),
                201);
        long ruleId = rule.get("id").asLong();
        // staff already called one customer about it: no reminder on top
        var offer = find(
                ok(get("/api/v1/customers/" + takenUp + "/next-actions", as(crew.rep())), 200), "PRODUCT:XP-SVC-" + n);
        assertThat(offer).as("the due need is a next best action").isNotNull();
        ok(
                send(
                        "POST",
                        "/api/v1/customers/" + takenUp + "/next-actions",
                        as(crew.rep()),
                        "{\"action\":\"PRODUCT:XP-SVC-" + n + "\",\"outcome\":\"ACCEPTED\"}"),
                201);
        try {
            // as the daily job at 10:30 in Shanghai (outside the guard's quiet hours 21:00–08:00)
            var at = today.atTime(10, 30)
                    .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                    .toInstant();
            var run = proactive.run(at);
            assertThat(run.handledByStaff()).isGreaterThanOrEqualTo(1);
            var occasion = "need:" + ruleId + ":" + bought;
            var sent = careActions(consenting);
            assertThat(sent).as(sent.toString()).hasSize(1);
            assertThat(sent.get(0).get("ruleCode").asText()).isEqualTo("SERVICE_DUE");
            assertThat(sent.get(0).get("occasion").asText()).isEqualTo(occasion);
            assertThat(sent.get(0).get("outcome").asText()).isEqualTo("SENT");
            var message = ok(get("/api/v1/service/messages?customer=" + consenting, admin()), 200)
                    .get("items")
                    .get(0);
            assertThat(message.get("channel").asText()).isEqualTo("SMS");
            assertThat(message.get("subject").asText()).contains("保养" + n).contains("service " + n);
            var held = careActions(silent);
            assertThat(held).hasSize(1);
            assertThat(held.get(0).get("outcome").asText())
                    .as("never a message without consent")
                    .isEqualTo("BLOCKED");
            assertThat(held.get(0).get("detail").asText()).isEqualTo("NO_CONSENT");
            assertThat(ok(get("/api/v1/service/messages?status=BLOCKED&customer=" + silent, admin()), 200)
                            .get("total")
                            .asInt())
                    .as("held-back reminders are listed")
                    .isEqualTo(1);
            assertThat(careActions(takenUp)).as("taken up by staff").isEmpty();
            assertThat(careActions(serviced)).as("the need was met").isEmpty();
            assertThat(careActions(recent)).as("not due yet").isEmpty();

            // once per customer, rule and trigger
            var again = proactive.run(at.plusSeconds(3600));
            assertThat(again.earlier()).isGreaterThanOrEqualTo(2);
            assertThat(careActions(consenting)).hasSize(1);
            assertThat(careActions(silent)).hasSize(1);

            // the API: managers run it and read its outcomes; reps do neither
            assertThat(send("POST", "/api/v1/crosssell/proactive-runs", as(crew.rep()), null)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(get("/api/v1/crosssell/proactive-runs", as(crew.rep())).statusCode())
                    .isEqualTo(403);
            ok(send("POST", "/api/v1/crosssell/proactive-runs", as(crew.manager()), null), 200);
            var status = ok(get("/api/v1/crosssell/proactive-runs", as(crew.manager())), 200);
            assertThat(status.get("outcomesLast30Days").get("SENT").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(status.get("outcomesLast30Days").get("BLOCKED").asInt()).isGreaterThanOrEqualTo(1);

            // set to tasks, a due need opens a task for the customer's team instead of a message
            var care = ok(get("/api/v1/service/care/rules", admin()), 200);
            JsonNode serviceDue = null;
            for (var r : care) {
                if (r.get("code").asText().equals("SERVICE_DUE")) {
                    serviceDue = r;
                }
            }
            assertThat(serviceDue).isNotNull();
            var asTask = (tools.jackson.databind.node.ObjectNode) serviceDue.deepCopy();
            asTask.put("action", "TASK");
            var changed = ok(send("PUT", "/api/v1/service/care/rules/SERVICE_DUE", admin(), asTask.toString()), 200);
            try {
                long taskCustomer = customer("超前任务" + n, crew.repId(), crew.team());
                order(taskCustomer, bought, car);
                proactive.run(at.plusSeconds(7200));
                assertThat(careActions(taskCustomer).get(0).get("outcome").asText())
                        .isEqualTo("TASK");
                var tasks = ok(get("/api/v1/service/tasks", admin()), 200);
                JsonNode task = null;
                for (var t : tasks) {
                    if (t.get("customerId").asLong() == taskCustomer) {
                        task = t;
                    }
                }
                assertThat(task).as(tasks.toString()).isNotNull();
                assertThat(task.get("title").asText()).contains("保养" + n);
                assertThat(task.get("teamId").asLong()).isEqualTo(crew.team());
            } finally {
                var back = (tools.jackson.databind.node.ObjectNode) changed.deepCopy();
                back.put("action", "MESSAGE");
                ok(send("PUT", "/api/v1/service/care/rules/SERVICE_DUE", admin(), back.toString()), 200);
            }
        } finally {
            assertThat(send("DELETE", "/api/v1/crosssell/need-rules/" + ruleId, as(crew.manager()), null)
                            .statusCode())
                    .isEqualTo(204);
        }
    }

    private java.util.List<JsonNode> careActions(long customer) throws Exception {
        var list = new ArrayList<JsonNode>();
        ok(get("/api/v1/service/care/actions?customer=" + customer, admin()), 200)
                .forEach(list::add);
        return list;
    }

    private static JsonNode find(JsonNode actions, String offer) {
        for (var a : actions) {
            if (offer.equals(a.path("offer").asText(null))) {
                return a;
            }
        }
        return null;
    }

    private long baskets() {
        return jdbc.sql("""
                SELECT count(DISTINCT o.id) FROM sales_order o JOIN order_line l ON l.order_id = o.id
                WHERE o.stage <> 'CANCELLED' AND o.order_date <= current_date AND l.returned_quantity < l.quantity""").query(Long.class).single();
    }

    private String settingsJson(JsonNode current, double minSupport) {
        var node = (tools.jackson.databind.node.ObjectNode) current.deepCopy();
        node.put("minSupport", minSupport);
        node.put("minConfidence", 0.5);
        // lift depends on every other order in the database: keep all rules
        node.put("minLift", 0.0);
        return node.toString();
    }

    private long category(String code) {
        return jdbc.sql("SELECT id FROM product_category WHERE code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    private long product(String sku, String name, long category, String kind, String price, String cost)
            throws Exception {
        return ok(
                        send(
                                "POST",
                                "/api/v1/products",
                                admin(),
                                "{\"sku\":\"" + sku + "\",\"name\":\"" + name + "\",\"categoryId\":" + category
                                        + ",\"kind\":\"" + kind + "\",\"listPrice\":" + price + ",\"unitCost\":" + cost
                                        + "}"),
                        201)
                .get("id")
                .asLong();
    }

    private long customer(String name, long owner, long team) throws Exception {
        return ok(
                        send(
                                "POST",
                                "/api/v1/customers",
                                admin(),
                                "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"phone\":\"" + mobile()
                                        + "\",\"ownerId\":" + owner + ",\"teamId\":" + team + "}"),
                        201)
                .get("id")
                .asLong();
    }

    private void order(long customer, LocalDate date, long... products) throws Exception {
        var lines = new ArrayList<String>();
        for (long p : products) {
            lines.add("{\"productId\":" + p + ",\"quantity\":1}");
        }
        ok(
                send(
                        "POST",
                        "/api/v1/orders",
                        admin(),
                        "{\"customerId\":" + customer + ",\"orderDate\":\"" + date + "\",\"lines\":["
                                + String.join(",", lines) + "]}"),
                201);
    }
}
