package dev.touchpoint.server.journey;

import dev.touchpoint.analytics.journey.EmotionCurve;
import dev.touchpoint.analytics.journey.EmotionCurveResult;
import dev.touchpoint.analytics.journey.ExpectationGaps;
import dev.touchpoint.analytics.journey.PeakEnd;
import dev.touchpoint.analytics.journey.PeakEndJourney;
import dev.touchpoint.analytics.journey.PeakEndReport;
import dev.touchpoint.analytics.journey.SurveyResponse;
import dev.touchpoint.analytics.journey.TimeBucket;
import dev.touchpoint.analytics.journey.TouchpointGap;
import dev.touchpoint.analytics.journey.VocRow;
import dev.touchpoint.analytics.journey.VoiceOfCustomer;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.journey.JourneyAnalytics.Period;
import dev.touchpoint.server.platform.InvalidInputException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** How customers feel (DOMAIN §3): the emotion curve with expectation gaps, peak-end, and the voice of the customer (NPS, CSAT, CES). */
@Service
class ExperienceAnalysis {

    private final JourneyAnalytics core;
    private final JourneyRepository repository;
    private final JourneyFacts facts;

    ExperienceAnalysis(JourneyFacts facts, JourneyAnalytics core, JourneyRepository repository) {
        this.core = core;
        this.repository = repository;
        this.facts = facts;
    }

    /** The emotion curve with display names and stage labels. */
    record EmotionView(
            EmotionCurveResult curve,
            Map<String, String> names,
            Map<String, String> stageOf,
            List<TouchpointGap> gaps,
            long elapsedMs) {}

    EmotionView emotion(String from, String to, Locale locale) {
        long start = System.nanoTime();
        var catalogue = core.catalogue();
        var period = core.period(from, to);
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
            names.put(p.key(), JourneyAnalytics.name(p.key(), catalogue, locale));
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
                .analyze(facts.expectationRatings(period.from(), period.to(), catalogue, user));
        gaps.forEach(g -> names.putIfAbsent(g.touchpoint(), JourneyAnalytics.name(g.touchpoint(), catalogue, locale)));
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
            case "NPS" -> facts.lastNps(period.from(), period.to(), user);
            case "NONE" -> Map.of();
            default -> facts.repurchase(period.from(), period.to(), after.toSeconds(), user);
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
        var catalogue = core.catalogue();
        var period = core.period(from, to);
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
        report.valleyFrequency().keySet().forEach(c -> names.put(c, JourneyAnalytics.name(c, catalogue, locale)));
        peaks.keySet().forEach(c -> names.put(c, JourneyAnalytics.name(c, catalogue, locale)));
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
        var catalogue = core.catalogue();
        var period = core.period(from, to);
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
        facts.surveyResponses(period.from(), period.to(), catalogue, CurrentUsers.require(), responses::add);
        var rows = new VoiceOfCustomer(b, ZoneId.systemDefault(), group).analyze(responses);
        var names = new HashMap<String, String>();
        if ("touchpoint".equals(group)) {
            rows.forEach(r -> names.put(r.group(), JourneyAnalytics.name(r.group(), catalogue, locale)));
        }
        return new VoiceView(b.name(), group, rows, responses.size(), names, (System.nanoTime() - start) / 1_000_000);
    }
}
