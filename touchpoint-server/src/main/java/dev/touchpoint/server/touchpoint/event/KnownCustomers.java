package dev.touchpoint.server.touchpoint.event;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomersMerged;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which customer ids exist, and where merged ones live now, remembered across batches: a stream of
 * events names the same customers again and again, and asking the customer module once per id keeps
 * ingestion fast. Customers are never removed (deletion is soft), so a known id stays valid; merges
 * update the memory.
 */
@Component
class KnownCustomers {

    private static final int MAX = 2_000_000;

    private final CustomerApi customers;
    private final Map<Long, Long> survivors = new ConcurrentHashMap<>();

    KnownCustomers(CustomerApi customers) {
        this.customers = customers;
    }

    /** For each id that exists, the id events should be stored under (the survivor of a merge). */
    Map<Long, Long> resolve(Collection<Long> ids) {
        var result = new HashMap<Long, Long>();
        for (var id : ids) {
            var known = survivors.get(id);
            if (known == null && customers.findUnchecked(id).isPresent()) {
                known = customers.survivorOf(id);
                if (survivors.size() > MAX) {
                    survivors.clear();
                }
                survivors.put(id, known);
            }
            if (known != null) {
                result.put(id, known);
            }
        }
        return result;
    }

    // after commit only: a merge that rolls back must not redirect events
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CustomersMerged merged) {
        survivors.put(merged.mergedId(), merged.survivorId());
        survivors.replaceAll((id, survivor) -> survivor == merged.mergedId() ? merged.survivorId() : survivor);
    }
}
