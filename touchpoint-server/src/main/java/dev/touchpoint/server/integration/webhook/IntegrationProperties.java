package dev.touchpoint.server.integration.webhook;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code touchpoint.integration.*}.
 *
 * @param dispatch whether this server sends deliveries (off: they wait in the outbox)
 * @param pollInterval how often the dispatcher looks for due deliveries (it is also woken after
 *     every commit that wrote one)
 * @param retryDelays the waits after the 1st, 2nd … failed attempt; after the last one the delivery
 *     is dead-lettered. Default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: 8 attempts over 27.6 hours
 * @param jitter each wait is drawn uniformly within ± this share of it
 * @param connectTimeout TCP connect timeout of one attempt
 * @param requestTimeout the whole attempt's timeout (a slower receiver counts as a failure)
 * @param responseLimit how much of a response body is read and kept in the log, in bytes
 * @param threads parallel senders
 * @param allowPrivateTargets allow loopback, private and link-local targets (tests, on-premise
 *     receivers); an administrator's decision, off by default
 * @param allowHttp allow plain-http targets (never in production)
 * @param secretKey base64 AES-256 key sealing URLs and secrets; when absent a key file is created in
 *     the data directory
 * @param timeZone the business's time zone, for quiet hours and the times in chat messages
 * @param publicUrl the server's address as staff reach it, for links in chat messages
 */
@ConfigurationProperties("touchpoint.integration")
public record IntegrationProperties(
        Boolean dispatch,
        Duration pollInterval,
        List<Duration> retryDelays,
        Double jitter,
        Duration connectTimeout,
        Duration requestTimeout,
        Integer responseLimit,
        Integer threads,
        boolean allowPrivateTargets,
        boolean allowHttp,
        String secretKey,
        ZoneId timeZone,
        String publicUrl) {

    public IntegrationProperties {
        dispatch = dispatch == null || dispatch;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        retryDelays = retryDelays == null || retryDelays.isEmpty()
                ? List.of(
                        Duration.ofSeconds(5),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(30),
                        Duration.ofHours(2),
                        Duration.ofHours(5),
                        Duration.ofHours(10),
                        Duration.ofHours(10))
                : List.copyOf(retryDelays);
        jitter = jitter == null ? 0.2 : jitter;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        responseLimit = responseLimit == null ? 2048 : responseLimit;
        threads = threads == null ? 4 : threads;
        timeZone = timeZone == null ? ZoneId.of("Asia/Shanghai") : timeZone;
        publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
    }

    /** Attempts before a delivery is dead-lettered: the first plus one per retry delay. */
    public int maxAttempts() {
        return retryDelays.size() + 1;
    }
}
