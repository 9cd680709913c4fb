package dev.touchpoint.server.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like client logged in through the form: session cookie, CSRF token taken from pages. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Function<String, URI> uri;
    private String csrf;

    private WebSession(Function<String, URI> uri) {
        this.uri = uri;
    }

    public static WebSession login(Function<String, URI> uri, String username, String password) throws Exception {
        var session = new WebSession(uri);
        session.get("/login", "en");
        var login = session.post("/login", Map.of("username", username, "password", password));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return session;
    }

    /** Reads a page; {@code path} may also be an absolute URL of this server (a redirect's Location). */
    public HttpResponse<String> get(String path, String language) throws Exception {
        var target = path.startsWith("http") ? URI.create(path) : uri.apply(path);
        var page = client.send(
                HttpRequest.newBuilder(target)
                        .header("Accept", "text/html")
                        .header("Accept-Language", language)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var m = CSRF.matcher(page.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return page;
    }

    /** Posts a form with the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        var all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        var body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(
                HttpRequest.newBuilder(uri.apply(path))
                        .header("Accept", "text/html")
                        .header("Accept-Language", "en")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri.apply(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
