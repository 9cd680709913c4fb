package dev.touchpoint.server.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * A tier's name in the reader's language wherever a tier code would otherwise show (lists, inboxes,
 * pools): {@code @tierLabels.name(code, #locale)} in templates. The configured tiers are read at most
 * every 10 seconds, so a renamed tier shows within that; an unknown code shows as itself.
 */
@Component("tierLabels")
public class TierLabels {

    private static final Duration FRESH = Duration.ofSeconds(10);

    private record Loaded(Instant at, List<CustomerTier> tiers) {}

    private final TierRepository tiers;
    private final Clock clock;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>();

    TierLabels(TierRepository tiers, Clock clock) {
        this.tiers = tiers;
        this.clock = clock;
    }

    /** The name of the tier {@code code} for {@code locale}; the code when there is none. */
    public String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        var now = Instant.now(clock);
        var current = loaded.get();
        if (current == null || current.at().plus(FRESH).isBefore(now)) {
            current = new Loaded(now, tiers.findAll());
            loaded.set(current);
        }
        return current.tiers().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .map(t -> t.label(locale == null ? Locale.ENGLISH : locale))
                .orElse(code);
    }
}
