package dev.touchpoint.server.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * A customer's timeline: every {@link TimelineSource} of every module merged, newest first, paged by
 * time ({@code before} = the time of the last entry already shown).
 */
@Service
class CustomerTimeline {

    static final int MAX_LIMIT = 200;

    /** One page of the timeline; {@code nextBefore} continues it, null at the end. */
    record Page(List<TimelineEntry> items, Instant nextBefore) {}

    private final CustomerService customers;
    private final List<TimelineSource> sources;

    CustomerTimeline(CustomerService customers, List<TimelineSource> sources) {
        this.customers = customers;
        this.sources = List.copyOf(sources);
    }

    /**
     * @param kind only entries of this kind (null: all)
     * @param source only entries of this source module (null: all)
     */
    Page page(long customerId, Instant before, int limit, String kind, String source, Locale locale) {
        customers.get(customerId);
        int size = Math.max(1, Math.min(limit, MAX_LIMIT));
        var result = new ArrayList<TimelineEntry>();
        var cursor = before;
        // filters apply after merging, so ask again until the page is full or the sources run dry
        for (int round = 0; round < 10 && result.size() < size; round++) {
            var batch = merged(customerId, cursor, size + 1, locale);
            for (var e : batch) {
                if (matches(e, kind, source) && result.size() < size) {
                    result.add(e);
                }
            }
            if (batch.size() <= size) {
                return new Page(result, null);
            }
            cursor = batch.get(batch.size() - 1).at();
        }
        return new Page(
                result, result.isEmpty() ? null : result.get(result.size() - 1).at());
    }

    private List<TimelineEntry> merged(long customerId, Instant before, int limit, Locale locale) {
        var all = new ArrayList<TimelineEntry>();
        for (var source : sources) {
            all.addAll(source.entries(customerId, before, limit, locale));
        }
        all.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    private static boolean matches(TimelineEntry e, String kind, String source) {
        return (kind == null || kind.isBlank() || kind.equals(e.kind()))
                && (source == null || source.isBlank() || source.equals(e.source()));
    }
}
