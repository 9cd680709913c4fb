package dev.touchpoint.server.crosssell.mining;

import dev.touchpoint.analytics.crosssell.action.ActionSettings;
import dev.touchpoint.analytics.crosssell.action.OfflineEvaluation;
import dev.touchpoint.analytics.crosssell.action.Purchase;
import dev.touchpoint.analytics.crosssell.association.AssociationRules;
import dev.touchpoint.analytics.crosssell.association.FpGrowth;
import dev.touchpoint.analytics.crosssell.association.MinimumSupport;
import dev.touchpoint.analytics.crosssell.association.RuleFilter;
import dev.touchpoint.analytics.crosssell.sequence.PrefixSpan;
import dev.touchpoint.analytics.crosssell.sequence.SequenceElement;
import dev.touchpoint.analytics.crosssell.sequence.SequentialRules;
import dev.touchpoint.server.commerce.CommerceApi;
import dev.touchpoint.server.commerce.OrderLineFact;
import dev.touchpoint.server.crosssell.action.Offers;
import dev.touchpoint.server.crosssell.action.OutcomeAttribution;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.insight.ValueRunFinished;
import dev.touchpoint.server.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * A mining run: reads every order line up to the as-of date once (streamed), and mines
 *
 * <ul>
 *   <li>association rules over baskets = orders, per product and per category (FP-growth);
 *   <li>sequential rules over each customer's days in order, per product and per category
 *       (PrefixSpan, with the maximum gap);
 *   <li>the offline evaluation: rules mined up to {@code evaluationMonths} before the as-of date
 *       predicting each customer's next purchase after it, against the popularity baseline;
 *   <li>the outcomes of actions taken on earlier suggestions (a purchase of the offer within the
 *       attribution window converts it), which next best actions then rank by.
 * </ul>
 *
 * Runs after every successful value-engine run and on demand; one at a time.
 */
@Service
public class MiningService {

    private static final Logger log = LoggerFactory.getLogger(MiningService.class);

    /** The most rules kept per level and kind, strongest first. */
    static final int MAX_STORED = 20_000;

    private final CommerceApi commerce;
    private final MiningRepository runs;
    private final SettingsRepository settings;
    private final OutcomeAttribution attribution;
    private final ObjectMapper json;
    private final java.time.Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "crosssell-mining");
        thread.setDaemon(true);
        return thread;
    });

    MiningService(
            CommerceApi commerce,
            MiningRepository runs,
            SettingsRepository settings,
            OutcomeAttribution attribution,
            ObjectMapper json,
            java.time.Clock clock) {
        this.clock = clock;
        this.commerce = commerce;
        this.runs = runs;
        this.settings = settings;
        this.attribution = attribution;
        this.json = json;
    }

    /** Runs in the calling thread and returns the finished (or failed) run. */
    public MiningRun runNow(LocalDate asOf) {
        long id = begin(asOf);
        execute(id, asOf);
        return runs.find(id).orElseThrow();
    }

    /** Starts a run in the background and returns it at once (RUNNING). */
    public MiningRun start(LocalDate asOf) {
        long id = begin(asOf);
        background.execute(() -> execute(id, asOf));
        return runs.find(id).orElseThrow();
    }

    /** Waits until no run is in progress (at most {@code timeout}); true when idle. */
    public boolean awaitIdle(java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running.get()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public Optional<MiningRun> run(long id) {
        return runs.find(id);
    }

    public List<MiningRun> runs(int limit) {
        return runs.list(limit);
    }

    public Optional<MiningRun> latest() {
        return runs.latestDone();
    }

    /**
     * Mines after a value run of today (the nightly run, "run now"); a value run as of another date is
     * an analysis of the past or a test and leaves the current rules alone.
     */
    @EventListener
    void afterValueRun(ValueRunFinished finished) {
        try {
            if (!running.get() && finished.asOf().equals(LocalDate.now(clock))) {
                start(finished.asOf());
            }
        } catch (RuntimeException e) {
            log.warn("mining run after value run {} not started: {}", finished.runId(), e.getMessage());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void failAbandoned() {
        int n = runs.failAbandoned();
        if (n > 0) {
            log.warn("{} mining run(s) were interrupted by a restart and are marked failed", n);
        }
    }

    private long begin(LocalDate asOf) {
        if (!running.compareAndSet(false, true)) {
            throw InvalidInputException.of("run", "single", "a mining run is already in progress");
        }
        try {
            return runs.start(
                    asOf,
                    CurrentUsers.find().map(u -> u.username()).orElse("system"),
                    json.writeValueAsString(settings.get()));
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    private void execute(long id, LocalDate asOf) {
        long started = System.nanoTime();
        try {
            var s = settings.get();
            var data = new Collected(s);
            var phases = java.util.Collections.synchronizedMap(new LinkedHashMap<String, Long>());
            long t = System.nanoTime();
            commerce.forEachOrderLine(asOf, data::accept);
            data.flush();
            t = lap(phases, "read", t);
            // the two levels and the evaluation read the collected data only: mined side by side
            runs.progress(id, "mining", 30);
            Long gap = s.maxGapDays() == null ? null : s.maxGapDays().longValue();
            var pool = Executors.newFixedThreadPool(
                    Math.max(1, Math.min(5, Runtime.getRuntime().availableProcessors())), r -> {
                        var thread = new Thread(r, "mining-" + id);
                        thread.setDaemon(true);
                        return thread;
                    });
            Associations productAssociations;
            Associations categoryAssociations;
            List<dev.touchpoint.analytics.crosssell.sequence.SequentialRule> productSequences;
            List<dev.touchpoint.analytics.crosssell.sequence.SequentialRule> categorySequences;
            Map<String, Object> evaluation;
            try {
                // the longest first, so that the short ones fill the other core
                var productSequenceTask = pool.submit(
                        () -> timed(phases, "product sequences", () -> sequentialRules(data.productSequences, s, gap)));
                var evaluationTask =
                        pool.submit(() -> timed(phases, "evaluation", () -> evaluate(data.purchases, asOf, s)));
                var categorySequenceTask = pool.submit(() ->
                        timed(phases, "category sequences", () -> sequentialRules(data.categorySequences, s, gap)));
                var productTask = pool.submit(
                        () -> timed(phases, "product associations", () -> Associations.of(data.products, s)));
                var categoryTask = pool.submit(
                        () -> timed(phases, "category associations", () -> Associations.of(data.categories, s)));
                productAssociations = productTask.get();
                categoryAssociations = categoryTask.get();
                productSequences = productSequenceTask.get();
                categorySequences = categorySequenceTask.get();
                evaluation = evaluationTask.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("mining run interrupted", e);
            } finally {
                pool.shutdownNow();
            }
            t = lap(phases, "mining", t);
            var productItemsets = productAssociations.itemsets();
            var categoryItemsets = categoryAssociations.itemsets();
            var productRules = productAssociations.rules();
            var categoryRules = categoryAssociations.rules();
            runs.progress(id, "store", 80);
            runs.insertRules(id, "PRODUCT", productRules);
            runs.insertRules(id, "CATEGORY", categoryRules);
            runs.insertSequences(id, "PRODUCT", productSequences);
            runs.insertSequences(id, "CATEGORY", categorySequences);
            t = lap(phases, "store", t);
            runs.progress(id, "outcomes", 90);
            attribution.attribute(asOf, s.attributionDays());
            lap(phases, "outcomes", t);
            runs.finish(
                    id,
                    data.orders,
                    data.purchases.size(),
                    productItemsets.itemsets().size()
                            + categoryItemsets.itemsets().size(),
                    productRules.size() + categoryRules.size(),
                    productSequences.size() + categorySequences.size(),
                    (System.nanoTime() - started) / 1_000_000,
                    json.writeValueAsString(evaluation));
            log.info(
                    "mining run {} as of {}: {} orders, {} rules, {} sequential rules in {} ms (phases in ms: {})",
                    id,
                    asOf,
                    data.orders,
                    productRules.size() + categoryRules.size(),
                    productSequences.size() + categorySequences.size(),
                    (System.nanoTime() - started) / 1_000_000,
                    phases);
        } catch (RuntimeException e) {
            log.error("mining run {} failed", id, e);
            runs.fail(id, String.valueOf(e.getMessage()));
        } finally {
            running.set(false);
        }
    }

    /** One level's frequent itemsets and the association rules from them. */
    private record Associations(
            dev.touchpoint.analytics.crosssell.association.FrequentItemsets itemsets,
            List<dev.touchpoint.analytics.crosssell.association.AssociationRule> rules) {

        static Associations of(FpGrowth baskets, MiningSettings s) {
            var filter = RuleFilter.confidence(s.minConfidence())
                    .withMinLift(s.minLift())
                    .withMaxAntecedent(s.maxLength() - 1);
            var itemsets = baskets.mine();
            return new Associations(itemsets, cap(AssociationRules.of(itemsets, filter)));
        }
    }

    private static List<dev.touchpoint.analytics.crosssell.sequence.SequentialRule> sequentialRules(
            PrefixSpan sequences, MiningSettings s, Long gap) {
        return cap(lifted(SequentialRules.of(sequences.mine(), s.minConfidence(), gap), s.minLift()));
    }

    private static <T> T timed(Map<String, Long> phases, String phase, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        var result = work.get();
        phases.put(phase, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static long lap(Map<String, Long> phases, String phase, long since) {
        long now = System.nanoTime();
        phases.put(phase, (now - since) / 1_000_000);
        return now;
    }

    private Map<String, Object> evaluation(OfflineEvaluation.Result r) {
        var out = new LinkedHashMap<String, Object>();
        out.put("cutoff", r.cutoff().toString());
        out.put("customers", r.customers());
        out.put("associationRules", r.associationRules());
        out.put("sequentialRules", r.sequentialRules());
        var rows = new ArrayList<Map<String, Object>>();
        for (var k : r.hitRate().keySet()) {
            var row = new LinkedHashMap<String, Object>();
            row.put("k", k);
            row.put("hitRate", r.hitRate().get(k));
            row.put("baseline", r.baselineHitRate().get(k));
            double lift = r.lift(k);
            row.put("lift", Double.isNaN(lift) ? null : lift);
            rows.add(row);
        }
        out.put("atK", rows);
        return out;
    }

    /**
     * At most this many customers are evaluated: above it, a fixed pseudo-random sample (by a hash of
     * the id, the same in every run), whose hit rates are within about ±0.7 points (95 %) of the whole
     * book's — and the evaluation, which mines the past a second time, stays a fraction of the run.
     */
    static final int EVALUATION_SAMPLE = 20_000;

    private Map<String, Object> evaluate(Map<Long, List<Purchase>> purchases, LocalDate asOf, MiningSettings s) {
        var ids = new ArrayList<>(purchases.keySet());
        if (ids.size() > EVALUATION_SAMPLE) {
            ids.sort(java.util.Comparator.comparingLong((Long id) -> mix(id)).thenComparing(id -> id));
            ids = new ArrayList<>(ids.subList(0, EVALUATION_SAMPLE));
        }
        ids.sort(null);
        var byCustomer = new LinkedHashMap<String, List<Purchase>>();
        ids.forEach(id -> byCustomer.put(Long.toString(id), purchases.get(id)));
        var result = OfflineEvaluation.run(
                byCustomer,
                Offers.of(commerce.productFacts(), Locale.ENGLISH),
                new OfflineEvaluation.Settings(
                        asOf.minusMonths(s.evaluationMonths()),
                        s.minSupport(),
                        s.minSequenceSupport(),
                        s.minConfidence(),
                        s.maxGapDays() == null ? null : s.maxGapDays().longValue(),
                        List.of(1, 3, 5)),
                ActionSettings.defaults());
        var out = evaluation(result);
        out.put("sampledFrom", purchases.size());
        return out;
    }

    /** A 64-bit mix of the id (SplitMix64's finaliser): the sample's order. */
    private static long mix(long id) {
        long z = id + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static List<dev.touchpoint.analytics.crosssell.sequence.SequentialRule> lifted(
            List<dev.touchpoint.analytics.crosssell.sequence.SequentialRule> rules, double minLift) {
        return rules.stream().filter(r -> r.lift() >= minLift).toList();
    }

    private static <T> List<T> cap(List<T> rules) {
        return rules.size() > MAX_STORED ? rules.subList(0, MAX_STORED) : rules;
    }

    /**
     * What one pass over the order lines (ordered by customer, date, order) collects: the baskets of
     * each order, each customer's sequences of days, and their purchases for the evaluation.
     */
    private static final class Collected {
        final FpGrowth products;
        final FpGrowth categories;
        final PrefixSpan productSequences;
        final PrefixSpan categorySequences;
        final Map<Long, List<Purchase>> purchases = new HashMap<>();
        int orders;
        private long order = -1;
        private long customer = -1;
        private final TreeSet<String> basket = new TreeSet<>();
        private final TreeSet<String> categoryBasket = new TreeSet<>();
        private final TreeMap<LocalDate, TreeSet<String>> productDays = new TreeMap<>();
        private final TreeMap<LocalDate, TreeSet<String>> categoryDays = new TreeMap<>();

        Collected(MiningSettings s) {
            var support = MinimumSupport.share(s.minSupport());
            Long gap = s.maxGapDays() == null ? null : s.maxGapDays().longValue();
            products = new FpGrowth(support, s.maxLength());
            categories = new FpGrowth(support, s.maxLength());
            var sequenceSupport = MinimumSupport.share(s.minSequenceSupport());
            productSequences = new PrefixSpan(sequenceSupport, s.maxLength(), gap);
            categorySequences = new PrefixSpan(sequenceSupport, s.maxLength(), gap);
        }

        void accept(OrderLineFact line) {
            if (line.orderId() != order) {
                flushOrder();
                order = line.orderId();
                orders++;
            }
            if (line.customerId() != customer) {
                flushCustomer();
                customer = line.customerId();
            }
            if (line.returned()) {
                return;
            }
            basket.add(line.sku());
            productDays.computeIfAbsent(line.orderDate(), d -> new TreeSet<>()).add(line.sku());
            if (line.category() != null) {
                categoryBasket.add(line.category());
                categoryDays
                        .computeIfAbsent(line.orderDate(), d -> new TreeSet<>())
                        .add(line.category());
            }
            purchases
                    .computeIfAbsent(line.customerId(), c -> new ArrayList<>())
                    .add(new Purchase(line.orderDate(), line.sku(), line.category() == null ? "" : line.category()));
        }

        void flush() {
            flushOrder();
            flushCustomer();
        }

        private void flushOrder() {
            if (order >= 0 && !basket.isEmpty()) {
                products.add(basket);
                categories.add(categoryBasket);
            }
            basket.clear();
            categoryBasket.clear();
        }

        private void flushCustomer() {
            if (customer >= 0) {
                if (!productDays.isEmpty()) {
                    productSequences.add(elements(productDays));
                }
                if (!categoryDays.isEmpty()) {
                    categorySequences.add(elements(categoryDays));
                }
            }
            productDays.clear();
            categoryDays.clear();
        }

        private static List<SequenceElement> elements(TreeMap<LocalDate, TreeSet<String>> days) {
            var elements = new ArrayList<SequenceElement>(days.size());
            days.forEach((day, items) -> elements.add(SequenceElement.of(day, items)));
            return elements;
        }
    }
}
