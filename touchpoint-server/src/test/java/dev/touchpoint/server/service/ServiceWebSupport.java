package dev.touchpoint.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Browser-like helpers for the service screens: form login, session cookie, CSRF token. */
public abstract class ServiceWebSupport extends IntegrationTestSupport {

    protected static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    protected static String csrf(String page) {
        var m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }

    protected static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    protected HttpClient loginWithForm(String username, String password) throws Exception {
        var client = browser();
        var page = browse(client, "/login");
        var form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf(page.body()));
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

    /** Posts a form (fields in order; a key may repeat through {@code extra}). */
    protected HttpResponse<String> postForm(HttpClient client, String path, Map<String, String> fields)
            throws Exception {
        var body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a multipart form: the text fields, then {@code file}; with {@code authorization} as an API call. */
    protected HttpResponse<String> multipart(
            HttpClient client,
            String path,
            String authorization,
            Map<String, String> fields,
            String fileName,
            byte[] content)
            throws Exception {
        var boundary = "----svc" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", authorization == null ? "text/html" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
