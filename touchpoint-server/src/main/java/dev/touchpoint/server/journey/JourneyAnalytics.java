package dev.touchpoint.server.journey;

import dev.touchpoint.analytics.journey.EmotionCurve;
import dev.touchpoint.analytics.journey.EmotionCurveResult;
import dev.touchpoint.analytics.journey.EventPattern;
import dev.touchpoint.analytics.journey.ExpectationGaps;
import dev.touchpoint.analytics.journey.Funnel;
import dev.touchpoint.analytics.journey.FunnelBreakdown;
import dev.touchpoint.analytics.journey.FunnelExclusion;
import dev.touchpoint.analytics.journey.FunnelOrder;
import dev.touchpoint.analytics.journey.FunnelResult;
import dev.touchpoint.analytics.journey.FunnelStepResult;
import dev.touchpoint.analytics.journey.IpaPoint;
import dev.touchpoint.analytics.journey.KeyTouchpointReport;
import dev.touchpoint.analytics.journey.KeyTouchpoints;
import dev.touchpoint.analytics.journey.LeavingZones;
import dev.touchpoint.analytics.journey.PathAnchor;
import dev.touchpoint.analytics.journey.PathNodeKey;
import dev.touchpoint.analytics.journey.PathQuery;
import dev.touchpoint.analytics.journey.PathResult;
import dev.touchpoint.analytics.journey.PeakEnd;
import dev.touchpoint.analytics.journey.PeakEndJourney;
import dev.touchpoint.analytics.journey.PeakEndReport;
import dev.touchpoint.analytics.journey.SubjectJourney;
import dev.touchpoint.analytics.journey.SurveyResponse;
import dev.touchpoint.analytics.journey.TimeBucket;
import dev.touchpoint.analytics.journey.TouchpointEffect;
import dev.touchpoint.analytics.journey.TouchpointGap;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.analytics.journey.VocRow;
import dev.touchpoint.analytics.journey.VoiceOfCustomer;
import dev.touchpoint.analytics.journey.ZoneAnalysis;
import dev.touchpoint.analytics.journey.ZoneReport;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.insight.ValueQueries;
import dev.touchpoint.server.journey.JourneyRequests.Cohort;
import dev.touchpoint.server.journey.JourneyRequests.FunnelRequest;
import dev.touchpoint.server.journey.JourneyRequests.Step;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Feeds the journey analyses of {@code dev.touchpoint.analytics.journey} from the event store, within
 * the current user's scope, and shapes their results for the API and the dashboards.
 */
@Service
class JourneyAnalytics {

    static final Duration DEFAULT_WINDOW = Duration.ofDays(14);
    static final Duration DEFAULT_PERIOD = Duration.ofDays(365);
    static final int MAX_STEPS = 10;
    static final int MAX_LISTED = 1000;

    private final JourneyRepository repository;
    private final TouchpointApi touchpoints;
    private final ValueQueries valueQueries;
    private final CustomerApi customers;
    private final MessageSource messages;
    private final Clock clock;

    JourneyAnalytics(
            JourneyRepository repository,
            TouchpointApi touchpoints,
            ValueQueries valueQueries,
            CustomerApi customers,
            MessageSource messages,
            Clock clock) {
        this.customers = customers;
        this.messages = messages;
        this.repository = repository;
        this.touchpoints = touchpoints;
        this.valueQueries = valueQueries;
        this.clock = clock;
    }

    Catalogue catalogue() {
        return Catalogue.of(touchpoints.catalogue());
    }

    // ---------------------------------------------------------------- period

    /** A period {@code [from, to)}; a date means its whole day (local time), the default the last year. */
    record Period(Instant from, Instant to) {
        String describe() {
            return from + " – " + to;
        }
    }

    Period period(String from, String to) {
        var errors = new ArrayList<FieldViolation>();
        Instant end = to == null || to.isBlank() ? clock.instant() : parse(to, true, "to", errors);
        Instant start = from == null || from.isBlank()
                ? (end == null ? null : end.minus(DEFAULT_PERIOD))
                : parse(from, false, "from", errors);
        if (errors.isEmpty() && !start.isBefore(end)) {
            errors.add(new FieldViolation("from", "before", "from must be before to"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Period(start, end);
    }

    private static Instant parse(String text, boolean end, String field, List<FieldViolation> errors) {
        var value = text.strip();
        try {
            if (value.length() == 10) {
                var date = LocalDate.parse(value);
                return (end ? date.plusDays(1) : date)
                        .atStartOfDay(ZoneId.systemDefault())
                        .toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldViolation(
                    field,
                    "format",
                    field + " must be a date (2025-03-01) or an instant with offset (2025-03-01T10:00:00+08:00)"));
            return null;
        }
    }

    // ---------------------------------------------------------------- funnel

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
            period = period(request.from(), request.to());
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
                values = repository.tiers(subjects);
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

    private static String subjectAttribute(FunnelRequest request) {
        return request == null || request.breakdown() == null
                ? ""
                : request.breakdown().strip().toLowerCase(Locale.ROOT);
    }

    FunnelView funnel(FunnelRequest request, Locale locale, java.util.function.IntFunction<String> droppedLink) {
        long start = System.nanoTime();
        var catalogue = catalogue();
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
                            name(s.label(), catalogue, locale),
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

    static String name(String label, Catalogue catalogue, Locale locale) {
        var code = label.contains("{") ? label.substring(0, label.indexOf('{')) : label;
        var tp = catalogue.byCode(code);
        if (tp != null) {
            return tp.name(locale) + label.substring(code.length());
        }
        try {
            var kind = TouchpointKind.valueOf(code);
            return (locale != null && "zh".equals(locale.getLanguage()) ? kind.zh() : kind.en())
                    + label.substring(code.length());
        } catch (IllegalArgumentException e) {
            return label;
        }
    }

    // ---------------------------------------------------------------- paths

    /** A Sankey of paths with display names per node. */
    record PathView(PathResult result, Map<String, String> names, long elapsedMs) {}

    PathView paths(
            String touchpoint,
            String direction,
            Integer steps,
            Integer topK,
            boolean byZone,
            String from,
            String to,
            Locale locale) {
        long start = System.nanoTime();
        var catalogue = catalogue();
        var period = period(from, to);
        int n = steps == null ? 4 : steps;
        int k = topK == null ? 6 : topK;
        if (n < 2 || n > 8) {
            throw InvalidInputException.of("steps", "range", "steps must be 2..8");
        }
        if (k < 1 || k > 20) {
            throw InvalidInputException.of("topK", "range", "topK must be 1..20");
        }
        if (touchpoint == null || touchpoint.isBlank()) {
            throw InvalidInputException.of("touchpoint", "required", "choose where the paths start or end");
        }
        var node = touchpoint.strip();
        Set<Long> anchor = Set.of();
        if (!byZone) {
            var tp = catalogue.byCode(node);
            if (tp == null) {
                throw InvalidInputException.of("touchpoint", "unknown", "no touchpoint with code " + node);
            }
            anchor = Set.of(tp.id());
        }
        boolean ending = "end".equalsIgnoreCase(direction);
        var query = new PathQuery(
                ending ? PathAnchor.endingAt(node) : PathAnchor.startingAt(node),
                n,
                true,
                k,
                byZone ? PathNodeKey.ZONE : PathNodeKey.TOUCHPOINT);
        var selection = EventSelection.of(
                        period.from(),
                        period.to(),
                        byZone ? EventSelection.Rows.ZONED_OR_PURCHASE : EventSelection.Rows.ALL,
                        byZone
                                ? new EventSelection.Column[] {EventSelection.Column.ZONE}
                                : new EventSelection.Column[0])
                .withAnchor(anchor);
        var result = repository.withJourneys(selection, catalogue, CurrentUsers.require(), query::analyze);
        var names = new HashMap<String, String>();
        result.nodes().forEach(p -> names.put(p.name(), byZone ? p.name() : name(p.name(), catalogue, locale)));
        return new PathView(result, names, (System.nanoTime() - start) / 1_000_000);
    }

    // ---------------------------------------------------------------- zones

    /** The zone report plus where visits without a purchase end ({@link LeavingZones}). */
    record ZoneView(ZoneReport report, Map<String, Long> leftWithoutBuying, List<String> hourLabels, long elapsedMs) {}

    ZoneView zones(String from, String to, Integer purchaseWindowDays, Integer returnDays, String timeZone) {
        long start = System.nanoTime();
        var period = period(from, to);
        ZoneId tz;
        try {
            tz = timeZone == null || timeZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(timeZone.strip());
        } catch (java.time.DateTimeException e) {
            throw InvalidInputException.of("timeZone", "unknown", "unknown time zone " + timeZone);
        }
        var analysis = ZoneAnalysis.defaults(tz)
                .withPurchaseWindow(Duration.ofDays(purchaseWindowDays == null ? 1 : Math.max(0, purchaseWindowDays)))
                .withReturn(Duration.ofDays(returnDays == null ? 30 : Math.max(1, returnDays)), period.to());
        var leaving = new LeavingZones(tz, null);
        var report = repository.withJourneys(
                EventSelection.of(
                        period.from(),
                        period.to(),
                        EventSelection.Rows.ZONED_OR_PURCHASE,
                        EventSelection.Column.ZONE,
                        EventSelection.Column.PRODUCT,
                        EventSelection.Column.DURATION),
                catalogue(),
                CurrentUsers.require(),
                journeys -> analysis.analyze(LeavingZones.tee(journeys, leaving)));
        var hours = new ArrayList<String>();
        for (int h = 0; h < 24; h++) {
            hours.add(String.format("%02d", h));
        }
        return new ZoneView(report, leaving.counts(), hours, (System.nanoTime() - start) / 1_000_000);
    }

    // ---------------------------------------------------------------- emotion and gaps

    /** The emotion curve with display names and stage labels. */
    record EmotionView(
            EmotionCurveResult curve,
            Map<String, String> names,
            Map<String, String> stageOf,
            List<TouchpointGap> gaps,
            long elapsedMs) {}

    EmotionView emotion(String from, String to, Locale locale) {
        long start = System.nanoTime();
        var catalogue = catalogue();
        var period = period(from, to);
        var user = CurrentUsers.require();
        var curve = repository.withJourneys(
                EventSelection.of(
                        period.from(),
                        period.to(),
                        EventSelection.Rows.EMOTION_OR_PURCHASE,
                        EventSelection.Column.EMOTION),
                catalogue,
                user,
                EmotionCurve.defaults().withTouchpointOrder(catalogue.journeyOrder())::analyze);
        var names = new HashMap<String, String>();
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        var stageOf = new HashMap<String, String>();
        curve.touchpoints().forEach(p -> {
            names.put(p.key(), name(p.key(), catalogue, locale));
            var tp = catalogue.byCode(p.key());
            if (tp != null) {
                stageOf.put(p.key(), zh ? tp.stage().zh() : tp.stage().en());
            }
        });
        curve.stages().forEach(p -> {
            var stage = dev.touchpoint.analytics.journey.JourneyStage.valueOf(p.key());
            names.put(p.key(), zh ? stage.zh() : stage.en());
        });
        var importance = new HashMap<String, Double>();
        catalogue.entries().forEach(t -> importance.put(t.code(), t.key() ? 2.0 : 1.0));
        var gaps = ExpectationGaps.defaults()
                .withImportance(importance)
                .analyze(repository.expectationRatings(period.from(), period.to(), catalogue, user));
        gaps.forEach(g -> names.putIfAbsent(g.touchpoint(), name(g.touchpoint(), catalogue, locale)));
        return new EmotionView(curve, names, stageOf, gaps, (System.nanoTime() - start) / 1_000_000);
    }

    // ---------------------------------------------------------------- peak-end

    /** Peak-end without the per-journey profiles (there may be 100,000 of them). */
    record PeakEndView(
            long journeys,
            Map<String, Long> valleyFrequency,
            Map<String, Long> peakFrequency,
            Map<String, Double> meanProfile,
            List<dev.touchpoint.analytics.journey.PredictorCorrelation> correlations,
            String bestPredictor,
            boolean peakEndBeatsMean,
            String outcome,
            long outcomes,
            Map<String, String> names,
            long elapsedMs) {}

    PeakEndReport peakEndReport(
            Period period, int afterSaleDays, String outcome, CurrentUser user, Catalogue catalogue) {
        var after = Duration.ofDays(afterSaleDays);
        Map<String, Double> outcomes = switch (outcome) {
            case "NPS" -> repository.lastNps(period.from(), period.to(), user);
            case "NONE" -> Map.of();
            default -> repository.repurchase(period.from(), period.to(), after.toSeconds(), user);
        };
        return repository.withJourneys(
                EventSelection.of(
                        period.from(),
                        period.to(),
                        EventSelection.Rows.EMOTION_OR_PURCHASE,
                        EventSelection.Column.EMOTION),
                catalogue,
                user,
                journeys -> PeakEnd.afterPurchase(after).analyze(journeys, outcomes));
    }

    PeakEndView peakEnd(String from, String to, Integer afterSaleDays, String outcome, Locale locale) {
        long start = System.nanoTime();
        var catalogue = catalogue();
        var period = period(from, to);
        var which = outcome == null ? "REPURCHASE" : outcome.strip().toUpperCase(Locale.ROOT);
        if (!List.of("REPURCHASE", "NPS").contains(which)) {
            throw InvalidInputException.of("outcome", "oneOf", "outcome must be REPURCHASE or NPS");
        }
        int days = afterSaleDays == null ? 30 : afterSaleDays;
        if (days < 0 || days > 730) {
            throw InvalidInputException.of("afterSaleDays", "range", "afterSaleDays must be 0..730");
        }
        var report = peakEndReport(period, days, which, CurrentUsers.require(), catalogue);
        var peaks = new TreeMap<String, Long>();
        double[] sums = new double[6];
        for (PeakEndJourney j : report.journeys()) {
            peaks.merge(j.peak().touchpoint(), 1L, Long::sum);
            sums[0] += j.first().emotion();
            sums[1] += j.peak().emotion();
            sums[2] += j.valley().emotion();
            sums[3] += j.end().emotion();
            sums[4] += j.peakEndScore();
            sums[5] += j.mean();
        }
        long n = report.journeys().size();
        var profile = new LinkedHashMap<String, Double>();
        var keys = List.of("FIRST", "PEAK", "VALLEY", "END", "PEAK_END", "MEAN");
        for (int i = 0; i < keys.size(); i++) {
            profile.put(keys.get(i), n == 0 ? null : sums[i] / n);
        }
        var names = new HashMap<String, String>();
        report.valleyFrequency().keySet().forEach(c -> names.put(c, name(c, catalogue, locale)));
        peaks.keySet().forEach(c -> names.put(c, name(c, catalogue, locale)));
        var sortedPeaks = new LinkedHashMap<String, Long>();
        peaks.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sortedPeaks.put(e.getKey(), e.getValue()));
        long outcomes = report.correlations().isEmpty()
                ? 0
                : report.correlations().get(0).n();
        return new PeakEndView(
                n,
                report.valleyFrequency(),
                sortedPeaks,
                profile,
                report.correlations(),
                report.bestPredictor() == null ? null : report.bestPredictor().name(),
                report.peakEndBeatsMean(),
                which,
                outcomes,
                names,
                (System.nanoTime() - start) / 1_000_000);
    }

    // ---------------------------------------------------------------- key touchpoints

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
        var catalogue = catalogue();
        var period = period(from, to);
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
        var emotions = repository.meanEmotion(period.from(), period.to(), user);
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
                    name(e.touchpoint(), catalogue, locale),
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
                name(target.code(), catalogue, locale),
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

    // ---------------------------------------------------------------- voice of the customer

    /** NPS, CSAT and CES rows over time per group. */
    record VoiceView(
            String bucket,
            String groupBy,
            List<VocRow> rows,
            long answers,
            Map<String, String> names,
            long elapsedMs) {}

    VoiceView voice(String from, String to, String bucket, String groupBy, Locale locale) {
        long start = System.nanoTime();
        var catalogue = catalogue();
        var period = period(from, to);
        TimeBucket b;
        try {
            b = bucket == null || bucket.isBlank()
                    ? TimeBucket.MONTH
                    : TimeBucket.valueOf(bucket.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("bucket", "oneOf", "bucket must be DAY, WEEK or MONTH");
        }
        var group = groupBy == null || groupBy.isBlank() || groupBy.equalsIgnoreCase("none")
                ? null
                : groupBy.strip().toLowerCase(Locale.ROOT);
        if (group != null && !List.of("site", "touchpoint").contains(group)) {
            throw InvalidInputException.of("groupBy", "oneOf", "groupBy must be none, site or touchpoint");
        }
        var responses = new ArrayList<SurveyResponse>();
        repository.surveyResponses(period.from(), period.to(), catalogue, CurrentUsers.require(), responses::add);
        var rows = new VoiceOfCustomer(b, ZoneId.systemDefault(), group).analyze(responses);
        var names = new HashMap<String, String>();
        if ("touchpoint".equals(group)) {
            rows.forEach(r -> names.put(r.group(), name(r.group(), catalogue, locale)));
        }
        return new VoiceView(b.name(), group, rows, responses.size(), names, (System.nanoTime() - start) / 1_000_000);
    }

    // ---------------------------------------------------------------- who are they

    /** The customer ids behind a number, within the caller's scope, with a description of the cohort. */
    List<Long> cohort(Cohort cohort) {
        if (cohort == null || cohort.type() == null) {
            throw InvalidInputException.of(
                    "type", "required", "type must be FUNNEL_DROPPED, VALLEY, TOUCHPOINT, ZONE_LEFT or KEY_EXPOSED");
        }
        var user = CurrentUsers.require();
        var catalogue = catalogue();
        List<String> subjects;
        switch (cohort.type().strip().toUpperCase(Locale.ROOT)) {
            case "FUNNEL_DROPPED" -> {
                var plan = plan(cohort.funnel(), catalogue);
                int step = cohort.step() == null ? 1 : cohort.step();
                if (step < 1 || step > plan.funnel().steps().size()) {
                    throw InvalidInputException.of(
                            "step",
                            "range",
                            "step must be 1.." + plan.funnel().steps().size());
                }
                subjects = runFunnel(plan, catalogue, user, subjectAttribute(cohort.funnel()))
                        .step(step)
                        .droppedSubjects();
            }
            case "VALLEY" -> {
                var period = period(cohort.from(), cohort.to());
                var code = requireTouchpoint(cohort.touchpoint(), catalogue);
                subjects = peakEndReport(period, 30, "NONE", user, catalogue).journeys().stream()
                        .filter(j -> j.valley().touchpoint().equals(code))
                        .map(PeakEndJourney::subjectId)
                        .toList();
            }
            case "TOUCHPOINT" -> {
                var period = period(cohort.from(), cohort.to());
                Long tp = cohort.touchpoint() == null || cohort.touchpoint().isBlank()
                        ? null
                        : catalogue
                                .byCode(requireTouchpoint(cohort.touchpoint(), catalogue))
                                .id();
                var zone = cohort.zone() == null || cohort.zone().isBlank()
                        ? null
                        : cohort.zone().strip();
                if (tp == null && zone == null) {
                    throw InvalidInputException.of("touchpoint", "required", "give a touchpoint or a zone");
                }
                subjects = repository.subjectsWithTouchpoint(
                        period.from(), period.to(), tp, zone, cohort.maxEmotion(), user);
            }
            case "ZONE_LEFT" -> {
                var period = period(cohort.from(), cohort.to());
                if (cohort.zone() == null || cohort.zone().isBlank()) {
                    throw InvalidInputException.of("zone", "required", "give the zone");
                }
                var leaving =
                        new LeavingZones(ZoneId.systemDefault(), cohort.zone().strip());
                repository.withJourneys(
                        EventSelection.of(
                                period.from(),
                                period.to(),
                                EventSelection.Rows.ZONED_OR_PURCHASE,
                                EventSelection.Column.ZONE,
                                EventSelection.Column.DURATION),
                        catalogue,
                        user,
                        journeys -> {
                            journeys.forEach(leaving);
                            return null;
                        });
                subjects = leaving.listed();
            }
            case "KEY_EXPOSED" -> {
                // one cell of a key touchpoint's 2×2 table: met it before converting (converted=true) or met it
                // and did not convert (the default: e.g. got a quote and did not sign), customers only
                var period = period(cohort.from(), cohort.to());
                var code = requireTouchpoint(cohort.touchpoint(), catalogue);
                var key = KeyTouchpoints.defaults()
                        .withConversion(
                                Conversion.of(cohort.conversion(), catalogue).pattern());
                boolean converted = Boolean.TRUE.equals(cohort.converted());
                subjects = repository.withJourneys(
                        EventSelection.of(period.from(), period.to(), EventSelection.Rows.ALL)
                                .withCustomersOnly(true),
                        catalogue,
                        user,
                        journeys -> {
                            var list = new ArrayList<String>();
                            journeys.forEach(j -> {
                                if (key.exposed(j, code) && key.converted(j) == converted) {
                                    list.add(j.subjectId());
                                }
                            });
                            return list;
                        });
            }
            default ->
                throw InvalidInputException.of(
                        "type", "oneOf", "type must be FUNNEL_DROPPED, VALLEY, TOUCHPOINT, ZONE_LEFT or KEY_EXPOSED");
        }
        return subjects.stream()
                .map(JourneyRepository::customerOf)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static String requireTouchpoint(String code, Catalogue catalogue) {
        if (code == null || catalogue.byCode(code.strip()) == null) {
            throw InvalidInputException.of("touchpoint", "unknown", "no touchpoint with code " + code);
        }
        return code.strip();
    }
}
