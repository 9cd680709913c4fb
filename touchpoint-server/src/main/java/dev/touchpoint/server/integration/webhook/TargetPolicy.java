package dev.touchpoint.server.integration.webhook;

import dev.touchpoint.server.platform.InvalidInputException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which URLs a subscription may call: https only (unless {@code allow-http}); no credentials in the
 * URL; the host must resolve, and to public addresses only — loopback, private, link-local,
 * carrier-grade NAT, unique-local and multicast addresses are refused unless an administrator set
 * {@code allow-private-targets}. Work-chat robots must be on their platform's host. Checked when a
 * subscription is saved and again before every attempt (a name may resolve elsewhere later).
 */
@Component
class TargetPolicy {

    static final Map<Kind, Set<String>> ROBOT_HOSTS = Map.of(
            Kind.WECOM, Set.of("qyapi.weixin.qq.com"),
            Kind.DINGTALK, Set.of("oapi.dingtalk.com"),
            Kind.FEISHU, Set.of("open.feishu.cn", "open.larksuite.com"));

    private final IntegrationProperties properties;

    TargetPolicy(IntegrationProperties properties) {
        this.properties = properties;
    }

    /** The parsed URL, or a 400 naming {@code url} and the rule broken. */
    URI check(Kind kind, String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw InvalidInputException.of("url", "format", "not a URL: " + e.getReason());
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && properties.allowHttp())) {
            throw InvalidInputException.of("url", "https", "the URL must start with https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw InvalidInputException.of("url", "host", "the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw InvalidInputException.of("url", "noCredentials", "the URL must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw InvalidInputException.of("url", "noFragment", "the URL must not have a #fragment");
        }
        var host = uri.getHost().toLowerCase(Locale.ROOT);
        if (kind != Kind.WEBHOOK
                && !properties.allowPrivateTargets()
                && !ROBOT_HOSTS.get(kind).contains(host)) {
            throw InvalidInputException.of(
                    "url",
                    "robotHost",
                    "a " + kind.name() + " robot URL must be on " + String.join(" or ", ROBOT_HOSTS.get(kind)));
        }
        checkAddresses(host);
        return uri;
    }

    /** Refuses hosts that resolve to an internal address (unless allowed). */
    void checkAddresses(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw InvalidInputException.of("url", "resolvable", "the host " + host + " cannot be resolved");
        }
        if (properties.allowPrivateTargets()) {
            return;
        }
        for (var a : addresses) {
            if (internal(a)) {
                throw InvalidInputException.of(
                        "url",
                        "publicAddress",
                        "the host " + host + " resolves to the internal address " + a.getHostAddress()
                                + "; an administrator must allow private targets for on-premise receivers");
            }
        }
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress()
                || a.isAnyLocalAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        var b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this" network
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved, broadcast
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return false;
    }

    /** Scheme, host and path with the query masked: robot URLs carry their access key there. */
    static String display(URI uri) {
        var shown = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
        var path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.length() > 24 && path.contains("/hook/")) {
            // Feishu keeps the key in the path
            path = path.substring(0, path.indexOf("/hook/") + 6) + "…";
        }
        return shown + path + (uri.getRawQuery() == null ? "" : "?…");
    }
}
