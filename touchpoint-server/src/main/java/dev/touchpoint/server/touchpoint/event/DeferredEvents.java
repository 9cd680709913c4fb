package dev.touchpoint.server.touchpoint.event;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.touchpoint.NewEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects the events other modules record during one transaction and stores them all at once just
 * before it commits — one {@code COPY} instead of one per event, still atomic with the caller's work.
 * Outside a transaction each event is stored at once.
 */
@Component
public class DeferredEvents {

    private record Pending(NewEvent event, String actor) {}

    private final EventService events;

    DeferredEvents(EventService events) {
        this.events = events;
    }

    public void add(NewEvent event) {
        var actor = CurrentUsers.actorName();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.ingestTrusted(List.of(event), actor);
            return;
        }
        @SuppressWarnings("unchecked")
        var pending = (List<Pending>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            var buffer = new ArrayList<Pending>();
            TransactionSynchronizationManager.bindResource(this, buffer);
            TransactionSynchronizationManager.registerSynchronization(new Flush(buffer));
            pending = buffer;
        }
        pending.add(new Pending(event, actor));
    }

    private final class Flush implements TransactionSynchronization {

        private final List<Pending> buffer;

        Flush(List<Pending> buffer) {
            this.buffer = buffer;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            var byActor = new LinkedHashMap<String, List<NewEvent>>();
            buffer.forEach(p ->
                    byActor.computeIfAbsent(p.actor(), a -> new ArrayList<>()).add(p.event()));
            byActor.forEach((actor, list) -> events.ingestTrusted(list, actor));
            buffer.clear();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(DeferredEvents.this);
        }
    }
}
