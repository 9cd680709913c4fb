package dev.touchpoint.server.journey;

import dev.touchpoint.analytics.journey.EventPattern;
import dev.touchpoint.analytics.journey.IpaPoint;
import dev.touchpoint.analytics.journey.KeyTouchpointReport;
import dev.touchpoint.analytics.journey.KeyTouchpoints;
import dev.touchpoint.analytics.journey.TouchpointEffect;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** Key touchpoints: each touchpoint's odds ratio for a chosen conversion, and its importance against its performance (emotion or audit score). */
@Service
class KeyTouchpointAnalysis {

    private final JourneyAnalytics core;
    private final JourneyRepository repository;
    private final JourneyFacts facts;
    private final TouchpointApi touchpoints;
    private final CustomerApi customers;

    KeyTouchpointAnalysis(
            JourneyFacts facts,
            JourneyAnalytics core,
            JourneyRepository repository,
            TouchpointApi touchpoints,
            CustomerApi customers) {
        this.core = core;
        this.repository = repository;
        this.facts = facts;
        this.touchpoints = touchpoints;
        this.customers = customers;
    }

    /**
     * Key touchpoints with names, the catalogue's key flags and the IPA grid, for a conversion (a touchpoint
     * code or an event kind) among customers, or customers and anonymous visitors.
     */
    record KeyView(
            long subjects,
            long converted,
            List<EffectView> effects,
            List<IpaPoint> quadrant,
            String conversion,
            String conversionName,
            boolean visitors,
            String performance,
            long elapsedMs) {}

    /** One touchpoint's odds ratio, with what the catalogue says about it. */
    record EffectView(
            String touchpoint,
            String name,
            boolean key,
            TouchpointEffect effect,
            Double meanEmotion,
            long emotionAnswers,
            Double auditScore) {}

    /**
     * @param conversion a touchpoint code or a kind; default {@code PURCHASE} (any purchase)
     * @param visitors whether anonymous visitors count as subjects (for users who see them). Off by default:
     *     a visitor who never gives a name can never be seen to buy, so counting them lowers the odds ratio of
     *     every in-store touchpoint and raises that of every touchpoint only known customers can meet (ads, calls)
     */
    KeyView keyTouchpoints(
            String from, String to, String conversion, boolean visitors, String performanceBy, Locale locale) {
        var measure = performanceBy == null || performanceBy.isBlank()
                ? "EMOTION"
                : performanceBy.strip().toUpperCase(Locale.ROOT);
        if (!List.of("EMOTION", "AUDIT").contains(measure)) {
            throw InvalidInputException.of("performance", "oneOf", "performance must be EMOTION or AUDIT");
        }
        long start = System.nanoTime();
        var catalogue = core.catalogue();
        var period = core.period(from, to);
        var user = CurrentUsers.require();
        var target = Conversion.of(conversion, catalogue);
        boolean withVisitors = visitors && JourneyRepository.seesVisitors(user);
        // every event streams in customer order from the (customer_id, occurred_at) index; grouping the rows to
        // each subject's first event per touchpoint in PostgreSQL was measured slower (a hash aggregate and a
        // sort of a million groups before the first row)
        KeyTouchpointReport report = repository.withJourneys(
                EventSelection.of(period.from(), period.to(), EventSelection.Rows.ALL, EventSelection.Column.EMOTION)
                        .withCustomersOnly(!withVisitors),
                catalogue,
                user,
                KeyTouchpoints.defaults().withConversion(target.pattern())::analyze);
        var emotions = facts.meanEmotion(period.from(), period.to(), user);
        var zone = ZoneId.systemDefault();
        var audits = touchpoints.auditScores(
                LocalDate.ofInstant(period.from(), zone),
                LocalDate.ofInstant(period.to().minusNanos(1), zone));
        var importance = new HashMap<String, Double>();
        var performance = new HashMap<String, Double>();
        var effects = new ArrayList<EffectView>();
        for (var e : report.effects()) {
            var tp = catalogue.byCode(e.touchpoint());
            var em = tp == null ? null : emotions.get(tp.id());
            var audit = audits.get(e.touchpoint());
            effects.add(new EffectView(
                    e.touchpoint(),
                    JourneyAnalytics.name(e.touchpoint(), catalogue, locale),
                    tp != null && tp.key(),
                    e,
                    em == null ? null : em[0],
                    em == null ? 0 : (long) em[1],
                    audit));
            Double measured = "AUDIT".equals(measure) ? audit : em == null ? null : em[0];
            if (e.sufficient() && measured != null) {
                importance.put(e.touchpoint(), e.oddsRatio().logRatio());
                performance.put(e.touchpoint(), measured);
            }
        }
        return new KeyView(
                report.subjects(),
                report.converted(),
                effects,
                IpaPoint.classify(importance, performance),
                target.code(),
                JourneyAnalytics.name(target.code(), catalogue, locale),
                withVisitors,
                measure,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** What counts as converting: a touchpoint code or a kind name, and its event pattern. */
    record Conversion(String code, EventPattern pattern) {

        /** Parses {@code conversion}; default PURCHASE (any purchase). */
        static Conversion of(String conversion, Catalogue catalogue) {
            var code = conversion == null || conversion.isBlank() ? TouchpointKind.PURCHASE.name() : conversion.strip();
            if (catalogue.byCode(code) != null) {
                return new Conversion(code, EventPattern.touchpoint(code));
            }
            try {
                var kind = TouchpointKind.valueOf(code.toUpperCase(Locale.ROOT));
                return new Conversion(kind.name(), EventPattern.kind(kind));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(
                        "conversion",
                        "unknown",
                        "conversion must be a touchpoint code or a touchpoint kind such as PURCHASE");
            }
        }
    }
}
