package dev.touchpoint.server.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Fixtures for commerce tests: uniquely named teams, users, customers and products per test. */
public abstract class CommerceTestSupport extends IntegrationTestSupport {

    protected static final String PASSWORD = "commerce-pass-123";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    protected CustomerApi customerApi;

    @Autowired
    protected ObjectMapper json;

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + SEQ.incrementAndGet();
    }

    protected JsonNode parse(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    protected long team(String name) throws Exception {
        var response = send("POST", "/api/v1/teams", admin(), "{\"name\":\"" + unique(name) + "\",\"kind\":\"SITE\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parse(response).get("id").asLong();
    }

    /** Creates a user and returns its Basic authorization header. */
    protected String user(String role, long teamId) throws Exception {
        var name = unique(role.toLowerCase());
        var response = send("POST", "/api/v1/users", admin(), """
                {"username":"%s","displayName":"%s","password":"%s","role":"%s","teamIds":[%d]}""".formatted(name, name, PASSWORD, role, teamId));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return basic(name, PASSWORD);
    }

    protected long userId(String authorization) throws Exception {
        return parse(get("/api/v1/me", authorization)).get("id").asLong();
    }

    protected long customer(long teamId) {
        return customerApi
                .insertAll(List.of(new NewCustomer(
                        CustomerKind.PERSON,
                        unique("王小明"),
                        null,
                        null,
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

    protected long customerWithPhone(long teamId, String phone) {
        return customerApi
                .insertAll(List.of(new NewCustomer(
                        CustomerKind.PERSON,
                        unique("李华"),
                        phone,
                        null,
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

    protected long product(String sku, String price, String cost) throws Exception {
        var response = send("POST", "/api/v1/products", admin(), """
                {"sku":"%s","name":"Test %s","kind":"ACCESSORY","listPrice":%s,"unitCost":%s}""".formatted(sku, sku, price, cost));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parse(response).get("id").asLong();
    }

    protected HttpResponse<String> placeOrder(String authorization, long customerId, String linesJson, String extra)
            throws Exception {
        return send("POST", "/api/v1/orders", authorization, """
                {"customerId":%d,"lines":%s%s}""".formatted(
                        customerId, linesJson, extra == null ? "" : "," + extra));
    }

    protected long orderId(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return parse(created).get("order").get("id").asLong();
    }

    protected HttpResponse<String> sendWithHeader(
            String method, String path, String authorization, String json, String header, String value)
            throws Exception {
        var builder = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .header(header, value);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> upload(String path, String authorization, String filename, byte[] content)
            throws Exception {
        var boundary = "----tp" + UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        var request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form and returns the session cookie header value. */
    protected String login(String username, String password) throws Exception {
        var page = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        var cookie = page.headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";")[0])
                .orElse("");
        var csrf = page.body().replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        var response = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return response.headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";")[0])
                .orElse(cookie);
    }

    protected HttpResponse<String> page(String path, String cookie) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .GET()
                        .header("Cookie", cookie)
                        .header("Accept-Language", "zh-CN")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
