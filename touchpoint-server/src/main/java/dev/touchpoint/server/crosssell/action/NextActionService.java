package dev.touchpoint.server.crosssell.action;

import dev.touchpoint.analytics.crosssell.action.ActionKind;
import dev.touchpoint.analytics.crosssell.action.ActionSettings;
import dev.touchpoint.analytics.crosssell.action.CustomerState;
import dev.touchpoint.analytics.crosssell.action.Evidence;
import dev.touchpoint.analytics.crosssell.action.NextAction;
import dev.touchpoint.analytics.crosssell.action.NextActions;
import dev.touchpoint.analytics.crosssell.action.Offer;
import dev.touchpoint.analytics.crosssell.need.OdometerReading;
import dev.touchpoint.server.commerce.CommerceApi;
import dev.touchpoint.server.commerce.OrderLineFact;
import dev.touchpoint.server.crosssell.mining.SettingsRepository;
import dev.touchpoint.server.crosssell.need.NeedRuleRepository;
import dev.touchpoint.server.crosssell.need.NeedRuleView;
import dev.touchpoint.server.crosssell.odometer.OdometerRepository;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.insight.ValueQueries;
import dev.touchpoint.server.insight.ValueSignals;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.touchpoint.RecordedTouchpoint;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next best actions of customers: one customer's on demand (360 page, API), everybody's once a day
 * (call lists, My day) — each ranked by {@link NextActions} with the value engine's signals, the
 * customer's order lines and odometer readings, and without offers the customer dismissed in the last
 * 30 days.
 */
@Service
public class NextActionService {

    /** Days a dismissed offer is not suggested again. */
    static final int DISMISSED_DAYS = 30;

    private final CommerceApi commerce;
    private final CustomerApi customers;
    private final ValueQueries values;
    private final OdometerRepository odometer;
    private final ActionRepository actions;
    private final NeedRuleRepository needs;
    private final SettingsRepository settings;
    private final KnowledgeCache knowledge;
    private final TouchpointApi touchpoints;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<Everybody> everybody = new AtomicReference<>();

    private final org.springframework.context.ApplicationEventPublisher events;

    NextActionService(
            CommerceApi commerce,
            CustomerApi customers,
            ValueQueries values,
            OdometerRepository odometer,
            ActionRepository actions,
            NeedRuleRepository needs,
            SettingsRepository settings,
            KnowledgeCache knowledge,
            TouchpointApi touchpoints,
            MessageSource messages,
            JdbcClient jdbc,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.commerce = commerce;
        this.customers = customers;
        this.values = values;
        this.odometer = odometer;
        this.actions = actions;
        this.needs = needs;
        this.settings = settings;
        this.knowledge = knowledge;
        this.touchpoints = touchpoints;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The customer's next best actions (403/404 for a customer the caller may not see). */
    public List<NextActionView> forCustomer(long customerId, int limit, Locale locale) {
        customers.requireVisible(customerId);
        var today = LocalDate.now(clock);
        var entry = knowledge.get();
        var lines = commerce.orderLinesOf(customerId, today);
        var readings = readingsOf(customerId);
        var ranked = rank(
                actionSettings(),
                lines,
                readings,
                values.signalsOf(customerId),
                entry,
                today,
                actions.dismissedSince(customerId, today.minusDays(DISMISSED_DAYS)));
        return views(customerId, ranked, limit, entry, locale);
    }

    /**
     * A call list: the customers the caller may see whose next best actions include {@code offer} (an
     * offer key, or WIN_BACK / TIER_UPGRADE), by that action's expected value.
     */
    public List<NextActionView> callList(String offer, int limit, Locale locale) {
        var entry = knowledge.get();
        var all = everybody(entry);
        var candidates = new ArrayList<NextActionView>();
        all.actions.forEach((customerId, list) -> {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).key().equals(offer)) {
                    candidates.add(view(i + 1, customerId, list.get(i), entry, locale));
                }
            }
        });
        return visibleFirst(candidates, limit);
    }

    /**
     * Today's best cross-sell calls of the caller: the best action of each customer the caller may see
     * (sales offers and due needs), by expected value.
     */
    public List<NextActionView> bestCalls(int limit, Locale locale) {
        var entry = knowledge.get();
        var all = everybody(entry);
        var candidates = new ArrayList<NextActionView>();
        all.actions.forEach((customerId, list) -> list.stream()
                .filter(a -> a.offer() != null && a.expectedValue() > 0)
                .findFirst()
                .ifPresent(a -> candidates.add(view(1, customerId, a, entry, locale))));
        return visibleFirst(candidates, limit);
    }

    /** The offers that appear in anybody's actions, with how many customers get them, most first. */
    public List<Map<String, Object>> offers(Locale locale) {
        var entry = knowledge.get();
        var counts = new HashMap<String, Integer>();
        everybody(entry).actions.values().forEach(list -> list.forEach(a -> counts.merge(a.key(), 1, Integer::sum)));
        var rows = new ArrayList<Map<String, Object>>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> rows.add(Map.of(
                        "offer", e.getKey(), "name", offerName(e.getKey(), entry, locale), "customers", e.getValue())));
        return rows;
    }

    /**
     * Records what was done with one of the customer's current actions and a touchpoint on their
     * timeline; the outcome then counts for the rule's measured acceptance and conversion.
     */
    @Transactional
    public ActionRecord record(long customerId, ActionRequest request, Locale locale) {
        customers.requireVisible(customerId);
        var user = CurrentUsers.require();
        if (user.role() == dev.touchpoint.server.identity.Role.ANALYST) {
            throw new OutOfScopeException("next_action", customerId);
        }
        var today = LocalDate.now(clock);
        var entry = knowledge.get();
        var lines = commerce.orderLinesOf(customerId, today);
        var readings = readingsOf(customerId);
        var current = rank(actionSettings(), lines, readings, values.signalsOf(customerId), entry, today, List.of());
        var action = current.stream()
                .filter(a -> a.key().equals(request.action()))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(
                        "action",
                        "current",
                        "'" + request.action() + "' is not one of the customer's current next best actions"));
        String rule = action.evidence().get(0).rule();
        long id = actions.insert(
                customerId,
                action.kind().name(),
                action.offer() == null ? null : action.offer().kind().name(),
                action.offer() == null ? null : action.offer().code(),
                rule,
                action.expectedValue(),
                request.outcome().name(),
                request.note() == null || request.note().isBlank()
                        ? null
                        : request.note().strip(),
                CurrentUsers.actorName());
        recordTouchpoint(customerId, action, request, id, entry, locale);
        if (request.outcome() == ActionOutcome.ACCEPTED) {
            events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofCustomer(
                    dev.touchpoint.server.platform.OutboundEventType.NEXT_ACTION_ACCEPTED,
                    "action",
                    id,
                    customerId,
                    "action",
                    request.action(),
                    "kind",
                    action.kind().name(),
                    "offerKind",
                    action.offer() == null ? null : action.offer().kind().name(),
                    "offer",
                    action.offer() == null ? null : action.offer().code(),
                    "rule",
                    rule,
                    "expectedValue",
                    action.expectedValue(),
                    "byUserId",
                    user.id()));
        }
        knowledge.actionRecorded();
        var all = everybody.get();
        if (all != null) {
            all.actions.remove(customerId);
        }
        return actions.ofCustomer(customerId, 1).get(0);
    }

    private void recordTouchpoint(
            long customerId,
            NextAction action,
            ActionRequest request,
            long id,
            KnowledgeCache.Entry entry,
            Locale locale) {
        // a service need is a service reminder; any other offer a follow-up call (both in the dealership catalogue)
        boolean service = action.kind() == ActionKind.NEED
                && dev.touchpoint.analytics.crosssell.need.NeedRule.parse(
                                        action.evidence().get(0).rule())
                                .need()
                        == dev.touchpoint.analytics.crosssell.need.HistoryKind.SERVICE;
        String code = service ? "SERVICE_REMINDER" : "FOLLOW_UP_CALL";
        if (touchpoints.find(code).isEmpty()) {
            return; // a catalogue without that touchpoint: the action is still stored
        }
        String note = messages.getMessage(
                        "crosssell.timeline." + request.outcome().name(),
                        new Object[] {offerName(action.key(), entry, locale)},
                        locale)
                + (request.note() == null || request.note().isBlank()
                        ? ""
                        : " — " + request.note().strip());
        touchpoints.record(new RecordedTouchpoint(customerId, code, null, null, note, null, "crosssell-action-" + id));
    }

    private List<OdometerReading> readingsOf(long customerId) {
        return odometer.of(customerId).stream()
                .map(r -> new OdometerReading(r.readOn(), r.km()))
                .toList();
    }

    /** The ranking settings: the library's defaults with the business's km fallback and sequence window. */
    private ActionSettings actionSettings() {
        var s = settings.get();
        var d = ActionSettings.defaults();
        return new ActionSettings(
                d.recentDays(),
                d.upcomingDays(),
                s.maxGapDays() == null ? d.sequenceWindowDays() : s.maxGapDays(),
                s.fallbackKmPerDay(),
                d.winBackSuccess(),
                d.tierUpgradeSuccess(),
                d.priorWeight(),
                d.maxActions());
    }

    private List<NextAction> rank(
            ActionSettings actionSettings,
            List<OrderLineFact> lines,
            List<OdometerReading> readings,
            ValueSignals signals,
            KnowledgeCache.Entry entry,
            LocalDate today,
            List<String> dismissed) {
        var state = new CustomerState(
                Histories.purchases(lines),
                Histories.history(lines),
                readings,
                signals.pAlive(),
                signals.clv(),
                signals.openWarnings(),
                signals.tierPrompt());
        return NextActions.rank(state, entry.knowledge(), actionSettings.withMaxActions(5 + dismissed.size()), today)
                .stream()
                .filter(a -> !dismissed.contains(a.key()))
                .limit(5)
                .toList();
    }

    private List<NextActionView> views(
            long customerId, List<NextAction> ranked, int limit, KnowledgeCache.Entry entry, Locale locale) {
        var views = new ArrayList<NextActionView>();
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            views.add(view(i + 1, customerId, ranked.get(i), entry, locale));
        }
        return views;
    }

    private NextActionView view(
            int rank, long customerId, NextAction action, KnowledgeCache.Entry entry, Locale locale) {
        return new NextActionView(
                rank,
                customerId,
                action.kind().name(),
                action.offer() == null ? null : action.offer().key(),
                action.offer() == null
                        ? messages.getMessage("crosssell.kind." + action.kind().name(), null, locale)
                        : offerName(action.key(), entry, locale),
                round(action.expectedValue()),
                action.probability(),
                round(action.value()),
                reason(action, entry, locale),
                action.evidence().get(0).rule(),
                action.evidence());
    }

    /** The reason of an action in the reader's language, from its strongest evidence. */
    String reason(NextAction action, KnowledgeCache.Entry entry, Locale locale) {
        Evidence e = action.evidence().get(0);
        var percent = NumberFormat.getPercentInstance(locale);
        var number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        String offer = action.offer() == null ? "" : offerName(action.key(), entry, locale);
        return switch (action.kind()) {
            case NEED ->
                messages.getMessage(
                        e.byUsage() ? "crosssell.reason.NEED.km" : "crosssell.reason.NEED",
                        new Object[] {
                            needName(e.rule(), locale), offer, e.dueDate().toString()
                        },
                        locale);
            case ASSOCIATION ->
                messages.getMessage(
                        "crosssell.reason.ASSOCIATION",
                        new Object[] {
                            itemsOf(e.rule().split(" ⇒ ")[0], entry, locale),
                            percent.format(e.confidence()),
                            offer,
                            number.format(e.lift())
                        },
                        locale);
            case SEQUENCE ->
                messages.getMessage(
                        "crosssell.reason.SEQUENCE",
                        new Object[] {
                            prefixOf(e.rule(), entry, locale),
                            percent.format(e.confidence()),
                            offer,
                            e.delayDays() == null ? "—" : number.format(e.delayDays())
                        },
                        locale);
            case WIN_BACK ->
                messages.getMessage(
                        "crosssell.reason.WIN_BACK",
                        new Object[] {
                            action.evidence().stream()
                                    .map(w -> messages.getMessage("insight.rule." + w.rule(), null, w.rule(), locale))
                                    .collect(Collectors.joining(
                                            locale.getLanguage().equals("zh") ? "、" : ", "))
                        },
                        locale);
            case TIER_UPGRADE -> {
                String[] prompt = e.rule().split(":", 2);
                yield messages.getMessage(
                        "insight.tierPrompt." + prompt[0],
                        new Object[] {prompt.length > 1 ? prompt[1] : ""},
                        e.rule(),
                        locale);
            }
        };
    }

    private String needName(String rule, Locale locale) {
        return needs.list().stream()
                .filter(r -> dev.touchpoint.analytics.crosssell.need.NeedRule.parse(r.rule())
                        .text()
                        .equals(rule))
                .findFirst()
                .map(r -> r.name(locale))
                .orElse(rule);
    }

    /** "a + b" of SKUs as product names. */
    private String itemsOf(String skus, KnowledgeCache.Entry entry, Locale locale) {
        return java.util.Arrays.stream(skus.split(" \\+ "))
                .map(sku -> offerName("PRODUCT:" + sku.strip(), entry, locale))
                .collect(Collectors.joining(" + "));
    }

    private String prefixOf(String rule, KnowledgeCache.Entry entry, Locale locale) {
        var parts = rule.split(" → ");
        return java.util.Arrays.stream(parts, 0, parts.length - 1)
                .map(p -> itemsOf(p, entry, locale))
                .collect(Collectors.joining(" → "));
    }

    /** The name of an offer key in the reader's language (its code when unknown). */
    public String offerName(String key, KnowledgeCache.Entry entry, Locale locale) {
        Map<String, Offer> offers = "zh".equals(locale.getLanguage())
                ? entry.offersZh()
                : entry.knowledge().offers();
        var offer = offers.get(key);
        if (offer != null) {
            return offer.label();
        }
        if (!key.contains(":")) {
            return messages.getMessage("crosssell.kind." + key, null, key, locale);
        }
        return key.substring(key.indexOf(':') + 1);
    }

    /** The name of an offer key in the reader's language. */
    public String offerName(String key, Locale locale) {
        return offerName(key, knowledge.get(), locale);
    }

    private List<NextActionView> visibleFirst(List<NextActionView> candidates, int limit) {
        candidates.sort(Comparator.comparingDouble(NextActionView::expectedValue)
                .reversed()
                .thenComparingLong(NextActionView::customerId));
        var ids = candidates.stream().map(NextActionView::customerId).distinct().toList();
        var visible = visible(ids);
        return candidates.stream()
                .filter(v -> visible.contains(v.customerId()))
                .limit(limit)
                .toList();
    }

    /** The customers among {@code ids} the caller may see (record scope in SQL). */
    private java.util.Set<Long> visible(List<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        var user = CurrentUsers.require();
        if (user.seesAll()) {
            return new java.util.HashSet<>(ids);
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT x.id FROM unnest(CAST(:ids AS bigint[])) AS x(id) WHERE "
                        + customers.scopePredicate("x.id"))
                .param("ids", ids.toArray(Long[]::new))
                .params(customers.scopeParams(user))
                .query(Long.class)
                .list());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Everybody's actions of one day for one knowledge key. */
    private record Everybody(String key, LocalDate day, Map<Long, List<NextAction>> actions) {}

    private Everybody everybody(KnowledgeCache.Entry entry) {
        var today = LocalDate.now(clock);
        var all = everybody.get();
        if (all != null && all.key().equals(entry.key()) && all.day().equals(today)) {
            return all;
        }
        synchronized (this) {
            all = everybody.get();
            if (all != null && all.key().equals(entry.key()) && all.day().equals(today)) {
                return all;
            }
            var signals = values.signals();
            var readings = odometer.all();
            var dismissed = actions.allDismissedSince(today.minusDays(DISMISSED_DAYS));
            var actionSettings = actionSettings();
            var result = new ConcurrentHashMap<Long, List<NextAction>>();
            Histories.forEachCustomer(commerce, today, (customerId, lines) -> {
                var ranked = rank(
                        actionSettings,
                        lines,
                        readings.getOrDefault(customerId, List.of()),
                        signals.getOrDefault(customerId, ValueSignals.unknown(customerId)),
                        entry,
                        today,
                        dismissed.getOrDefault(customerId, List.of()));
                if (!ranked.isEmpty()) {
                    result.put(customerId, ranked);
                }
            });
            all = new Everybody(entry.key(), today, result);
            everybody.set(all);
            return all;
        }
    }

    /** Drops everybody's actions (after demo loading, tests). */
    public void refresh() {
        everybody.set(null);
    }

    /** The rules of need rules by id, for screens. */
    public List<NeedRuleView> needRules() {
        return needs.list();
    }
}
