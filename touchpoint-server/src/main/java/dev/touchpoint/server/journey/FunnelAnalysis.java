package dev.touchpoint.server.journey;

import dev.touchpoint.analytics.journey.EventPattern;
import dev.touchpoint.analytics.journey.Funnel;
import dev.touchpoint.analytics.journey.FunnelBreakdown;
import dev.touchpoint.analytics.journey.FunnelExclusion;
import dev.touchpoint.analytics.journey.FunnelOrder;
import dev.touchpoint.analytics.journey.FunnelResult;
import dev.touchpoint.analytics.journey.FunnelStepResult;
import dev.touchpoint.analytics.journey.SubjectJourney;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.insight.ValueQueries;
import dev.touchpoint.server.journey.JourneyAnalytics.Period;
import dev.touchpoint.server.journey.JourneyRequests.FunnelRequest;
import dev.touchpoint.server.journey.JourneyRequests.Step;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Funnels (DOMAIN §2): validates a funnel request into a plan and the events it needs, runs it over the caller's journeys within their scope, and shapes steps, drop-offs and breakdowns for the API. */
@Service
class FunnelAnalysis {

    static final Duration DEFAULT_WINDOW = Duration.ofDays(14);
    static final int MAX_STEPS = 10;
    static final int MAX_LISTED = 1000;

    private final JourneyAnalytics core;
    private final JourneyRepository repository;
    private final JourneyFacts facts;
    private final ValueQueries valueQueries;
    private final CustomerApi customers;
    private final MessageSource messages;

    FunnelAnalysis(
            JourneyFacts facts,
            JourneyAnalytics core,
            JourneyRepository repository,
            ValueQueries valueQueries,
            CustomerApi customers,
            MessageSource messages) {
        this.core = core;
        this.repository = repository;
        this.facts = facts;
        this.valueQueries = valueQueries;
        this.customers = customers;
        this.messages = messages;
    }

    /** A validated funnel and the selection of events it needs. */
    record FunnelPlan(Funnel funnel, Period period, EventSelection selection) {}

    FunnelPlan plan(FunnelRequest request, Catalogue catalogue) {
        var errors = new ArrayList<FieldViolation>();
        if (request == null || request.steps() == null || request.steps().isEmpty()) {
            throw InvalidInputException.of("steps", "required", "a funnel needs at least one step");
        }
        if (request.steps().size() > MAX_STEPS) {
            throw InvalidInputException.of("steps", "max", "a funnel has at most " + MAX_STEPS + " steps");
        }
        var steps = new ArrayList<EventPattern>();
        var tps = new HashSet<Long>();
        var kinds = new HashSet<String>();
        var columns = EnumSet.noneOf(EventSelection.Column.class);
        for (int i = 0; i < request.steps().size(); i++) {
            Step s = request.steps().get(i);
            var p = pattern(
                    s == null ? null : s.touchpoint(),
                    s == null ? null : s.kind(),
                    s == null ? null : s.where(),
                    "steps[" + i + "]",
                    catalogue,
                    errors,
                    tps,
                    kinds);
            steps.add(p);
            addColumns(p, columns);
        }
        FunnelOrder order = FunnelOrder.ORDERED;
        if (request.order() != null && !request.order().isBlank()) {
            try {
                order = FunnelOrder.valueOf(request.order().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation("order", "oneOf", "order must be ORDERED, STRICT or ANY"));
            }
        }
        Duration window = DEFAULT_WINDOW;
        if (request.window() != null && !request.window().isBlank()) {
            try {
                window = Duration.parse(request.window().strip());
                if (window.isNegative() || window.isZero()) {
                    errors.add(new FieldViolation("window", "positive", "window must be positive"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldViolation(
                        "window", "format", "window must be an ISO-8601 duration such as P14D or PT2H"));
            }
        }
        var exclusions = new ArrayList<FunnelExclusion>();
        if (request.exclusions() != null) {
            for (int i = 0; i < request.exclusions().size(); i++) {
                var x = request.exclusions().get(i);
                var p = pattern(
                        x.touchpoint(), x.kind(), x.where(), "exclusions[" + i + "]", catalogue, errors, tps, kinds);
                int fromStep = x.fromStep() == null ? 1 : x.fromStep();
                int toStep = x.toStep() == null ? FunnelExclusion.LAST_STEP : x.toStep();
                if (fromStep < 1
                        || toStep <= fromStep
                        || fromStep >= request.steps().size()) {
                    errors.add(new FieldViolation(
                            "exclusions[" + i + "]",
                            "range",
                            "an exclusion needs 1 <= fromStep < toStep and fromStep before the last step"));
                } else if (p != null) {
                    exclusions.add(new FunnelExclusion(p, fromStep, toStep));
                    addColumns(p, columns);
                }
            }
        }
        String breakdownName =
                request.breakdown() == null ? "" : request.breakdown().strip().toLowerCase(Locale.ROOT);
        if (!List.of("", "none", "channel", "site", "tier", "segment").contains(breakdownName)) {
            errors.add(new FieldViolation("breakdown", "oneOf", "breakdown must be channel, site, tier or segment"));
        }
        Period period = null;
        try {
            period = core.period(request.from(), request.to());
        } catch (InvalidInputException e) {
            errors.addAll(e.violations());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if ("channel".equals(breakdownName)) {
            columns.add(EventSelection.Column.CHANNEL);
        } else if ("site".equals(breakdownName)) {
            columns.add(EventSelection.Column.SITE);
        }
        FunnelBreakdown breakdown = switch (breakdownName) {
            case "channel" -> FunnelBreakdown.byChannel();
            case "site" -> FunnelBreakdown.bySite();
            default -> FunnelBreakdown.none(); // tier and segment are resolved once the subjects are known
        };
        var funnel = new Funnel(steps, order, window, exclusions, breakdown);
        EventSelection selection;
        if (order == FunnelOrder.STRICT) {
            // "consecutive" is judged against all of the subject's events; stream only subjects with step 1
            var anchor = steps.get(0).target() instanceof EventPattern.ByTouchpoint t
                    ? Set.of(catalogue.byCode(t.code()).id())
                    : Set.<Long>of();
            selection = new EventSelection(
                    period.from(), period.to(), EventSelection.Rows.ALL, Set.of(), Set.of(), anchor, columns, false);
        } else {
            selection = new EventSelection(
                    period.from(), period.to(), EventSelection.Rows.MATCHING, tps, kinds, Set.of(), columns, false);
        }
        return new FunnelPlan(funnel, period, selection);
    }

    /** The optional columns a step's or exclusion's filters read (see {@code EventPattern}). */
    private static void addColumns(EventPattern p, Set<EventSelection.Column> columns) {
        if (p == null) {
            return;
        }
        for (String key : p.filters().keySet()) {
            columns.add(
                    switch (key) {
                        case "channel" -> EventSelection.Column.CHANNEL;
                        case "site" -> EventSelection.Column.SITE;
                        case "zone" -> EventSelection.Column.ZONE;
                        case "product" -> EventSelection.Column.PRODUCT;
                        default -> EventSelection.Column.ATTRIBUTES;
                    });
        }
    }

    private static EventPattern pattern(
            String touchpoint,
            String kind,
            Map<String, String> where,
            String field,
            Catalogue catalogue,
            List<FieldViolation> errors,
            Set<Long> tps,
            Set<String> kinds) {
        boolean hasTp = touchpoint != null && !touchpoint.isBlank();
        boolean hasKind = kind != null && !kind.isBlank();
        if (hasTp == hasKind) {
            errors.add(new FieldViolation(field, "oneOf", "give either a touchpoint code or a kind"));
            return null;
        }
        EventPattern pattern;
        if (hasTp) {
            var tp = catalogue.byCode(touchpoint.strip());
            if (tp == null) {
                errors.add(
                        new FieldViolation(field + ".touchpoint", "unknown", "no touchpoint with code " + touchpoint));
                return null;
            }
            tps.add(tp.id());
            pattern = EventPattern.touchpoint(tp.code());
        } else {
            try {
                var k = TouchpointKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
                kinds.add(k.name());
                pattern = EventPattern.kind(k);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation(field + ".kind", "unknown", "no touchpoint kind " + kind));
                return null;
            }
        }
        if (where != null) {
            for (var f : where.entrySet()) {
                if (f.getKey() == null || f.getKey().isBlank() || f.getValue() == null) {
                    errors.add(new FieldViolation(field + ".where", "invalid", "filters need a name and a value"));
                    return null;
                }
                pattern = pattern.where(f.getKey().strip(), f.getValue());
            }
        }
        return pattern;
    }

    /** One funnel step as the API returns it. */
    record StepView(
            int step,
            String label,
            String name,
            long count,
            double conversionFromPrevious,
            double conversionFromFirst,
            long dropped,
            long droppedCustomers,
            List<Long> droppedCustomerIds,
            String droppedLink,
            Long medianSecondsToConvert,
            Long meanSecondsToConvert) {}

    /** The funnel as the API returns it. */
    record FunnelView(
            String order,
            String window,
            Instant from,
            Instant to,
            List<StepView> steps,
            Map<String, List<StepView>> breakdown,
            Map<String, String> breakdownNames,
            long excludedSubjects,
            long elapsedMs) {}

    /**
     * Runs the funnel; {@code subjectAttribute} "tier" (the customer's current tier) or "segment" (the RFM segment
     * of the latest value-engine run) breaks it down by an attribute of the customer, anything else not.
     */
    FunnelResult runFunnel(FunnelPlan plan, Catalogue catalogue, CurrentUser user, String subjectAttribute) {
        boolean byCustomer = "tier".equals(subjectAttribute) || "segment".equals(subjectAttribute);
        return repository.withJourneys(plan.selection(), catalogue, user, journeys -> {
            if (!byCustomer) {
                return plan.funnel().analyze(journeys);
            }
            // the attribute needs the subjects up front: hold the (already narrowed) journeys of this funnel
            var all = new ArrayList<SubjectJourney>();
            journeys.forEach(all::add);
            var subjects = all.stream().map(SubjectJourney::subjectId).toList();
            Map<String, String> values;
            if ("tier".equals(subjectAttribute)) {
                values = facts.tiers(subjects);
            } else {
                values = new HashMap<>();
                var ids = subjects.stream()
                        .map(JourneyRepository::customerOf)
                        .filter(java.util.Objects::nonNull)
                        .toList();
                for (var e : valueQueries.segmentsOf(ids).entrySet()) {
                    values.put(Long.toString(e.getKey()), e.getValue());
                }
            }
            return plan.funnel()
                    .withBreakdown(FunnelBreakdown.bySubjectAttribute(subjectAttribute, values))
                    .analyze(all);
        });
    }

    static String subjectAttribute(FunnelRequest request) {
        return request == null || request.breakdown() == null
                ? ""
                : request.breakdown().strip().toLowerCase(Locale.ROOT);
    }

    FunnelView funnel(FunnelRequest request, Locale locale, java.util.function.IntFunction<String> droppedLink) {
        long start = System.nanoTime();
        var catalogue = core.catalogue();
        var plan = plan(request, catalogue);
        var result = runFunnel(plan, catalogue, CurrentUsers.require(), subjectAttribute(request));
        var breakdown = new LinkedHashMap<String, List<StepView>>();
        var names = new LinkedHashMap<String, String>();
        var attribute = subjectAttribute(request);
        var tierNames = "tier".equals(attribute) ? customers.tierNames(locale) : Map.<String, String>of();
        result.breakdown().forEach((g, steps) -> {
            breakdown.put(g, views(steps, catalogue, locale, k -> null));
            names.put(
                    g,
                    FunnelBreakdown.NO_VALUE.equals(g)
                            ? messages.getMessage("journey.funnel.noValue", null, g, locale)
                            : switch (attribute) {
                                case "segment" -> messages.getMessage("insight.segment." + g, null, g, locale);
                                case "tier" -> tierNames.getOrDefault(g, g);
                                default -> g;
                            });
        });
        return new FunnelView(
                plan.funnel().order().name(),
                plan.funnel().window().toString(),
                plan.period().from(),
                plan.period().to(),
                views(result.steps(), catalogue, locale, droppedLink),
                breakdown,
                names,
                result.excludedSubjects(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static List<StepView> views(
            List<FunnelStepResult> steps,
            Catalogue catalogue,
            Locale locale,
            java.util.function.IntFunction<String> droppedLink) {
        return steps.stream()
                .map(s -> {
                    var customers = s.droppedSubjects().stream()
                            .map(JourneyRepository::customerOf)
                            .filter(java.util.Objects::nonNull)
                            .toList();
                    return new StepView(
                            s.step(),
                            s.label(),
                            JourneyAnalytics.name(s.label(), catalogue, locale),
                            s.count(),
                            s.conversionFromPrevious(),
                            s.conversionFromFirst(),
                            s.droppedSubjects().size(),
                            customers.size(),
                            customers.size() > MAX_LISTED ? customers.subList(0, MAX_LISTED) : customers,
                            s.step() < steps.size() && !customers.isEmpty() ? droppedLink.apply(s.step()) : null,
                            s.medianTimeToConvert() == null
                                    ? null
                                    : s.medianTimeToConvert().toSeconds(),
                            s.meanTimeToConvert() == null
                                    ? null
                                    : s.meanTimeToConvert().toSeconds());
                })
                .toList();
    }
}
