package dev.touchpoint.server.crosssell.action;

import dev.touchpoint.analytics.crosssell.action.Knowledge;
import dev.touchpoint.analytics.crosssell.action.Offer;
import dev.touchpoint.server.commerce.CommerceApi;
import dev.touchpoint.server.crosssell.mining.MiningRepository;
import dev.touchpoint.server.crosssell.need.NeedRuleRepository;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * What next best actions rank with — the latest run's product rules and sequences, the active need
 * rules, the offers and the measured outcomes — loaded once and kept until a new run finishes, a need
 * rule changes or an action is recorded.
 */
@Component
public class KnowledgeCache {

    /** The knowledge and the key it was built for. */
    record Entry(String key, Knowledge knowledge, Map<String, Offer> offersZh) {}

    private final MiningRepository runs;
    private final NeedRuleRepository needs;
    private final ActionRepository actions;
    private final CommerceApi commerce;
    private final AtomicReference<Entry> current = new AtomicReference<>();
    private final AtomicLong recorded = new AtomicLong();

    KnowledgeCache(MiningRepository runs, NeedRuleRepository needs, ActionRepository actions, CommerceApi commerce) {
        this.runs = runs;
        this.needs = needs;
        this.actions = actions;
        this.commerce = commerce;
    }

    /** The current key: latest run, need-rule changes, actions recorded. */
    String key() {
        long run = runs.latestDone().map(r -> r.id()).orElse(0L);
        return run + "/" + needs.changes() + "/" + recorded.get();
    }

    Entry get() {
        String key = key();
        var entry = current.get();
        if (entry != null && entry.key().equals(key)) {
            return entry;
        }
        var latest = runs.latestDone();
        var products = commerce.productFacts();
        var knowledge = new Knowledge(
                latest.map(r -> runs.productRules(r.id())).orElse(List.of()),
                latest.map(r -> runs.productSequences(r.id())).orElse(List.of()),
                needs.active(),
                Offers.of(products, Locale.ENGLISH),
                actions.outcomes());
        entry = new Entry(key, knowledge, Offers.of(products, Locale.SIMPLIFIED_CHINESE));
        current.set(entry);
        return entry;
    }

    /** An action was recorded: outcomes change. */
    void actionRecorded() {
        recorded.incrementAndGet();
    }
}
