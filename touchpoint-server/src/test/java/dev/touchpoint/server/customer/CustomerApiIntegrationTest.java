package dev.touchpoint.server.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerApiIntegrationTest extends CustomerTestSupport {

    @Autowired
    CustomerApi customerApi;

    @Test
    void createReadUpdateDeleteThroughTheApi() throws Exception {
        var phone = mobile();
        var created = send("POST", "/api/v1/customers", admin(), """
                {"kind":"PERSON","name":"李雷","phone":"%s","email":"li.lei@example.cn","tier":"VIP",
                 "tags":["车主","试驾"],"source":"WALK_IN","birthday":"1990-05-01"}""".formatted(phone));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = read(created.body()).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/customers/" + id);

        var fetched = get("/api/v1/customers/" + id, admin());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.headers().firstValue("ETag")).hasValue("\"0\"");
        var body = read(fetched.body());
        assertThat(body.get("name").asString()).isEqualTo("李雷");
        assertThat(body.get("tier").asString()).isEqualTo("VIP");
        assertThat(body.get("tags").toString()).contains("车主").contains("试驾");
        assertThat(body.get("birthday").asString()).isEqualTo("1990-05-01");

        var updated = send("PUT", "/api/v1/customers/" + id, admin(), """
                {"kind":"PERSON","name":"李雷雷","phone":"%s","tier":"KEY","version":0}""".formatted(phone));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(read(get("/api/v1/customers/" + id, admin()).body())
                        .get("name")
                        .asString())
                .isEqualTo("李雷雷");

        assertThat(send("DELETE", "/api/v1/customers/" + id, admin(), null).statusCode())
                .isEqualTo(204);
        assertThat(get("/api/v1/customers/" + id, admin()).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'customer' AND entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        var list = read(get("/api/v1/customers?q=" + phone, admin()).body());
        assertThat(list.get("total").asLong())
                .as("deleted customers leave the list")
                .isZero();
    }

    @Test
    void invalidCustomerNamesEveryBadField() throws Exception {
        var response = send("POST", "/api/v1/customers", admin(), """
                {"name":"","phone":"call me","email":"not-an-email"}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var fields = new ArrayList<String>();
        read(response.body())
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("kind", "name", "phone", "email");

        var unknownTier = send("POST", "/api/v1/customers", admin(), """
                {"kind":"PERSON","name":"王五","tier":"PLATINUM"}""");
        assertThat(unknownTier.statusCode()).isEqualTo(400);
        assertThat(unknownTier.body()).contains("\"field\":\"tier\"");
    }

    @Test
    void searchFindsChineseNamesPhonesAndEmails() throws Exception {
        var marker = unique("x");
        var phone = mobile();
        createCustomer(admin(), """
                {"kind":"PERSON","name":"欧阳娜娜%s","phone":"+86 %s","email":"Nana.%s@Example.cn"}""".formatted(marker, phone, marker));
        createCustomer(admin(), """
                {"kind":"PERSON","name":"张三%s"}""".formatted(marker));

        var byName = read(get("/api/v1/customers?q=" + enc("欧阳娜娜" + marker) + "&page=0&size=10", admin())
                .body());
        assertThat(byName.get("total").asLong()).isEqualTo(1);
        assertThat(byName.get("items").get(0).get("name").asString()).startsWith("欧阳娜娜");
        assertThat(byName.get("page").asInt()).isZero();
        assertThat(byName.get("size").asInt()).isEqualTo(10);

        var byPartialPhone =
                read(get("/api/v1/customers?q=" + phone.substring(3), admin()).body());
        assertThat(byPartialPhone.get("total").asLong()).isEqualTo(1);
        var byEmail = read(get("/api/v1/customers?q=" + enc("nana." + marker.toUpperCase()), admin())
                .body());
        assertThat(byEmail.get("total").asLong()).isEqualTo(1);
        var both = read(get("/api/v1/customers?q=" + marker + "&sort=name&direction=desc", admin())
                .body());
        assertThat(both.get("total").asLong()).isEqualTo(2);
        assertThat(both.get("items").get(0).get("name").asString()).startsWith("欧阳");

        assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE tablename = 'customer' AND indexname LIKE '%trgm%'")
                        .query(Long.class)
                        .single())
                .as("substring search is indexed (pg_trgm)")
                .isEqualTo(3);

        var badSort = get("/api/v1/customers?sort=password", admin());
        assertThat(badSort.statusCode()).isEqualTo(400);
        assertThat(badSort.body()).contains("\"field\":\"sort\"");
    }

    @Test
    void oneOrTwoChineseCharactersFindTheNamesContainingThem() throws Exception {
        // characters no other test uses; the search must mean "contains", as for longer texts
        var marker = unique("");
        createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"龘靐鱻" + marker + "\"}");
        createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"麤龘" + marker + "\"}");
        assertThat(total("龘")).as("one character, at the start or inside").isEqualTo(2);
        assertThat(total("靐")).isEqualTo(1);
        assertThat(total("龘靐")).as("two characters together").isEqualTo(1);
        assertThat(total("靐龘"))
                .as("the same two characters in the other order are another text")
                .isZero();
        assertThat(total("龘鱻")).as("not adjacent").isZero();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM pg_indexes WHERE tablename = 'customer' AND indexname = 'customer_name_grams_idx'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private long total(String q) throws Exception {
        return read(get("/api/v1/customers?q=" + enc(q), admin()).body())
                .get("total")
                .asLong();
    }

    @Test
    void concurrentEditsNeverOverwriteEachOther() throws Exception {
        var id = createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"" + unique("并发") + "\"}")
                .get("id")
                .asLong();
        var first = send("PUT", "/api/v1/customers/" + id, admin(), """
                {"kind":"PERSON","name":"第一次修改","version":0}""");
        var second = send("PUT", "/api/v1/customers/" + id, admin(), """
                {"kind":"PERSON","name":"第二次修改","version":0}""");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        var stale = http.send(
                HttpRequest.newBuilder(uri("/api/v1/customers/" + id))
                        .header("Authorization", admin())
                        .header("Content-Type", "application/json")
                        .header("If-Match", "\"0\"")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"kind\":\"PERSON\",\"name\":\"第三次修改\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(read(get("/api/v1/customers/" + id, admin()).body())
                        .get("name")
                        .asString())
                .isEqualTo("第一次修改");

        var withoutVersion = send("PUT", "/api/v1/customers/" + id, admin(), "{\"kind\":\"PERSON\",\"name\":\"x\"}");
        assertThat(withoutVersion.statusCode()).isEqualTo(400);
        assertThat(withoutVersion.body()).contains("\"field\":\"version\"");
    }

    @Test
    void duplicatesAreReportedOnCreateAndMergeLosesNothing() throws Exception {
        var marker = unique("dup");
        var phone = mobile();
        var survivor = createCustomer(admin(), """
                {"kind":"ORGANISATION","name":"华安物流%s","phone":"%s","tags":["车队"]}""".formatted(marker, phone));
        long survivorId = survivor.get("id").asLong();
        assertThat(survivor.get("possibleDuplicates")).isEmpty();
        var duplicate = createCustomer(admin(), """
                {"kind":"ORGANISATION","name":"华安物流公司%s","phone":"+86 %s-","email":"fleet@%s.cn",
                 "tags":["车队","保险"],"city":"上海"}""".formatted(marker, phone, marker));
        long duplicateId = duplicate.get("id").asLong();
        assertThat(duplicate.get("possibleDuplicates").toString()).isEqualTo("[" + survivorId + "]");

        assertThat(send(
                                "POST",
                                "/api/v1/customers/" + duplicateId + "/contacts",
                                admin(),
                                "{\"name\":\"赵经理\",\"title\":\"采购\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(send("POST", "/api/v1/customers/" + duplicateId + "/notes", admin(), "{\"body\":\"年底要换20台车\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(send(
                                "POST",
                                "/api/v1/customers/" + duplicateId + "/consents",
                                admin(),
                                "{\"channel\":\"SMS\",\"granted\":true,\"method\":\"签署同意书\"}")
                        .statusCode())
                .isEqualTo(201);
        var dupList = read(
                get("/api/v1/customers/" + survivorId + "/duplicates", admin()).body());
        assertThat(dupList.get(0).get("id").asLong()).isEqualTo(duplicateId);

        var merged = send(
                "POST", "/api/v1/customers/" + survivorId + "/merge", admin(), "{\"duplicateId\":" + duplicateId + "}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        var after = read(merged.body());
        assertThat(after.get("email").asString()).isEqualTo("fleet@" + marker + ".cn");
        assertThat(after.get("city").asString()).isEqualTo("上海");
        assertThat(after.get("tags").toString()).contains("车队").contains("保险");

        assertThat(read(get("/api/v1/customers/" + survivorId + "/contacts", admin())
                                .body())
                        .toString())
                .contains("赵经理");
        assertThat(read(get("/api/v1/customers/" + survivorId + "/notes", admin())
                                .body())
                        .toString())
                .contains("年底要换20台车")
                .contains("华安物流公司" + marker);
        var consents = read(
                get("/api/v1/customers/" + survivorId + "/consents", admin()).body());
        assertThat(consents.get("current").get("SMS").get("granted").asBoolean())
                .isTrue();
        assertThat(customerApi.hasConsent(survivorId, "sms")).isTrue();
        assertThat(customerApi.hasConsent(survivorId, "EMAIL")).isFalse();

        var search = read(get("/api/v1/customers?q=" + enc(marker), admin()).body());
        assertThat(search.get("total").asLong())
                .as("the merged duplicate leaves the list")
                .isEqualTo(1);
        var gone = get("/api/v1/customers/" + duplicateId, admin());
        assertThat(gone.statusCode()).isEqualTo(301);
        assertThat(gone.headers().firstValue("Location")).hasValue("/api/v1/customers/" + survivorId);

        var timeline = read(get("/api/v1/customers/" + survivorId + "/timeline?limit=50", admin())
                .body());
        var kinds = new ArrayList<String>();
        timeline.get("items").forEach(e -> kinds.add(e.get("kind").asString()));
        assertThat(kinds).contains("MERGE", "NOTE", "CONSENT", "CUSTOMER_CREATED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'MERGE' AND entity_id = :id")
                        .param("id", String.valueOf(survivorId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void consentHistoryKeepsEveryChangeAndTheLatestIsInForce() throws Exception {
        var id = createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"" + unique("授权") + "\"}")
                .get("id")
                .asLong();
        send(
                "POST",
                "/api/v1/customers/" + id + "/consents",
                admin(),
                "{\"channel\":\"WECHAT\",\"granted\":true,\"method\":\"扫码关注\",\"at\":\"2024-01-01T08:00:00Z\"}");
        send(
                "POST",
                "/api/v1/customers/" + id + "/consents",
                admin(),
                "{\"channel\":\"WECHAT\",\"granted\":false,\"method\":\"电话要求退订\",\"at\":\"2024-03-01T08:00:00Z\"}");
        var state = read(get("/api/v1/customers/" + id + "/consents", admin()).body());
        assertThat(state.get("history").size()).isEqualTo(2);
        assertThat(state.get("current").get("WECHAT").get("granted").asBoolean())
                .isFalse();
        assertThat(state.get("current").get("WECHAT").get("method").asString()).isEqualTo("电话要求退订");
        assertThat(customerApi.hasConsent(id, "WECHAT")).isFalse();

        var missingMethod = send(
                "POST", "/api/v1/customers/" + id + "/consents", admin(), "{\"channel\":\"PHONE\",\"granted\":true}");
        assertThat(missingMethod.statusCode()).isEqualTo(400);
        assertThat(missingMethod.body()).contains("\"field\":\"method\"");
    }

    @Test
    void adminsMaintainTheTierList() throws Exception {
        var code = ("T" + unique("").replace("-", "")).toUpperCase();
        var created = send(
                "POST",
                "/api/v1/customer-tiers",
                admin(),
                "{\"code\":\"%s\",\"nameEn\":\"Gold\",\"nameZh\":\"金卡\",\"rank\":5}".formatted(code));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(get("/api/v1/customer-tiers", admin()).body()).contains(code).contains("金卡");
        createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"金卡客户\",\"tier\":\"%s\"}".formatted(code));

        var sales = unique("tiersales");
        createUser(sales, "SALES");
        assertThat(send(
                                "POST",
                                "/api/v1/customer-tiers",
                                auth(sales),
                                "{\"code\":\"NOPE\",\"nameEn\":\"x\",\"nameZh\":\"x\",\"rank\":9}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/customer-tiers", auth(sales)).statusCode()).isEqualTo(200);
    }

    @Test
    void bulkInsertReturnsIdsInOrder() {
        var marker = unique("bulk");
        var batch = new ArrayList<NewCustomer>();
        for (int i = 0; i < 300; i++) {
            batch.add(new NewCustomer(
                    CustomerKind.PERSON,
                    marker + "-" + i,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of("a,b", "引号\"q"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        var ids = customerApi.insertAll(batch);
        assertThat(ids).hasSize(300).isSorted().doesNotHaveDuplicates();
        for (int i : new int[] {0, 150, 299}) {
            var ref = customerApi.findUnchecked(ids.get(i)).orElseThrow();
            assertThat(ref.name()).isEqualTo(marker + "-" + i);
            assertThat(ref.tier()).isEqualTo("NORMAL");
        }
        var tags = jdbc.sql("SELECT tags FROM customer WHERE id = :id")
                .param("id", ids.get(0))
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
                .single();
        assertThat(tags).containsExactly("a,b", "引号\"q");
    }
}
