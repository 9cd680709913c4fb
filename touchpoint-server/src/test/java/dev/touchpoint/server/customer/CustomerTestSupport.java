package dev.touchpoint.server.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Helpers for customer tests: unique teams, users of each role, customers, multipart uploads, form login. */
public abstract class CustomerTestSupport extends IntegrationTestSupport {

    protected static final String PASSWORD = "customer-test-pw1";
    protected final JsonMapper json = JsonMapper.builder().build();

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A unique 11-digit mobile number. */
    protected static String mobile() {
        return "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    protected JsonNode read(String body) {
        return json.readTree(body);
    }

    protected long createTeam(String name) throws Exception {
        var response = send("POST", "/api/v1/teams", admin(), "{\"name\":\"" + name + "\",\"kind\":\"SITE\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response.body()).get("id").asLong();
    }

    /** Creates a user and returns its id; log in with {@code basic(username, PASSWORD)}. */
    protected long createUser(String username, String role, Long... teamIds) throws Exception {
        var teams = new StringBuilder();
        for (var t : teamIds) {
            teams.append(teams.isEmpty() ? "" : ",").append(t);
        }
        var response = send("POST", "/api/v1/users", admin(), """
                {"username":"%s","displayName":"%s","password":"%s","role":"%s","teamIds":[%s]}""".formatted(username, username, PASSWORD, role, teams));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response.body()).get("id").asLong();
    }

    protected static String auth(String username) {
        return basic(username, PASSWORD);
    }

    protected JsonNode createCustomer(String authorization, String body) throws Exception {
        var response = send("POST", "/api/v1/customers", authorization, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response.body());
    }

    protected HttpResponse<String> upload(String path, String authorization, String fileName, byte[] content)
            throws Exception {
        var boundary = "----tp" + UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        var request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", authorization)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A browser-like client logged in through the form (session cookie + CSRF token). */
    protected HttpClient loginWithForm(String username, String password) throws Exception {
        var client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var page =
                client.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        var matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(matcher.find()).as("login form carries a CSRF token").isTrue();
        var form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(matcher.group(1));
        var login = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    protected HttpResponse<String> browse(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
