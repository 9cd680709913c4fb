package dev.touchpoint.server.insight;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.service.ServiceApi;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The customer value engine (DOMAIN §5–§6): a run reads every purchase as of a date, scores every
 * customer (RFM, P(alive), CLV, lifecycle, loyalty) and raises early warnings, storing the results per
 * run so the next run can compare. One run at a time; nightly at {@code touchpoint.value.cron}.
 *
 * <p>For the demo loader: {@code valueEngineApi.runNow(LocalDate.now(clock))} after the data is loaded.
 */
@Service
public class ValueEngineApi {

    private static final Logger log = LoggerFactory.getLogger(ValueEngineApi.class);

    private final ValueEngine engine;
    private final ValueRunRepository runs;
    private final WarningRepository warnings;
    private final ServiceApi service;
    private final ValueEngineProperties properties;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final AtomicBoolean running = new AtomicBoolean();
    private final java.util.concurrent.ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "value-engine");
        thread.setDaemon(true);
        return thread;
    });

    ValueEngineApi(
            ValueEngine engine,
            ValueRunRepository runs,
            WarningRepository warnings,
            ServiceApi service,
            ValueEngineProperties properties,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.events = events;
        this.engine = engine;
        this.runs = runs;
        this.warnings = warnings;
        this.service = service;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs the engine as of {@code asOf} in the calling thread and returns the finished (or failed) run. */
    public ValueRun runNow(LocalDate asOf) {
        if (!running.compareAndSet(false, true)) {
            throw InvalidInputException.of("run", "single", "a value-engine run is already in progress");
        }
        long id = runs.start(asOf, actor());
        execute(id, asOf);
        return runs.find(id).orElseThrow();
    }

    /** Starts a run in the background and returns it at once (status RUNNING); poll {@link #run(long)}. */
    public ValueRun start(LocalDate asOf) {
        if (!running.compareAndSet(false, true)) {
            throw InvalidInputException.of("run", "single", "a value-engine run is already in progress");
        }
        long id = runs.start(asOf, actor());
        background.execute(() -> execute(id, asOf));
        return runs.find(id).orElseThrow();
    }

    public Optional<ValueRun> run(long id) {
        return runs.find(id);
    }

    public List<ValueRun> runs(int limit) {
        return runs.list(limit);
    }

    public Optional<ValueRun> latest() {
        return runs.latestDone();
    }

    @Scheduled(cron = "${touchpoint.value.cron:0 0 3 * * *}")
    void nightly() {
        if (running.get()) {
            log.warn("nightly value run skipped: a run is in progress");
            return;
        }
        try {
            runNow(LocalDate.now(clock));
        } catch (InvalidInputException e) {
            log.warn("nightly value run skipped: {}", e.getMessage());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void failAbandoned() {
        int n = runs.failAbandoned();
        if (n > 0) {
            log.warn("{} value run(s) were interrupted by a restart and are marked failed", n);
        }
    }

    private void execute(long id, LocalDate asOf) {
        long started = System.nanoTime();
        try {
            var previous = runs.previousDone(id).map(r -> runs.previous(r.id())).orElse(Map.of());
            var result = engine.compute(asOf, previous, (phase, percent) -> runs.progress(id, phase, percent));
            runs.progress(id, "store", 90);
            runs.insertCustomers(id, result.customers());
            var raised = transactions.execute(tx -> {
                // the warnings and their outbound events commit together
                var inserted = warnings.insertNew(id, asOf, result.warnings());
                for (var w : warnings.raisedBy(id)) {
                    events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofCustomer(
                            dev.touchpoint.server.platform.OutboundEventType.WARNING_RAISED,
                            "warning",
                            w.id(),
                            w.customerId(),
                            "rule",
                            w.rule(),
                            "tier",
                            w.tier(),
                            "raisedOn",
                            w.raisedOn().toString(),
                            "runId",
                            id));
                }
                return inserted;
            });
            int newWarnings = raised.values().stream().mapToInt(List::size).sum();
            if (properties.proactiveTickets()) {
                openProactive(result, raised);
            }
            runs.finish(
                    id,
                    result.customers().size(),
                    result.orders(),
                    newWarnings,
                    (System.nanoTime() - started) / 1_000_000,
                    result.model());
            log.info(
                    "value run {} as of {}: {} customers, {} orders, {} new warnings in {} ms",
                    id,
                    asOf,
                    result.customers().size(),
                    result.orders(),
                    newWarnings,
                    (System.nanoTime() - started) / 1_000_000);
            events.publishEvent(new ValueRunFinished(id, asOf));
            events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofBook(
                    dev.touchpoint.server.platform.OutboundEventType.VALUE_RUN_DONE,
                    "valueRun",
                    id,
                    "asOf",
                    asOf.toString(),
                    "engine",
                    "local",
                    "customers",
                    result.customers().size(),
                    "orders",
                    result.orders(),
                    "newWarnings",
                    newWarnings));
        } catch (RuntimeException e) {
            log.error("value run {} failed", id, e);
            runs.fail(id, String.valueOf(e.getMessage()));
        } finally {
            running.set(false);
        }
    }

    private void openProactive(ValueEngine.Result result, Map<Long, List<Long>> raised) {
        for (var w : result.warnings()) {
            if (raised.containsKey(w.customerId())) {
                service.openProactive(
                        w.customerId(), w.warning().reason(), w.warning().evidence());
            }
        }
    }

    private static String actor() {
        return CurrentUsers.find().map(u -> u.username()).orElse("system");
    }
}
