package dev.touchpoint.server.journey;

import dev.touchpoint.analytics.journey.KeyTouchpoints;
import dev.touchpoint.analytics.journey.LeavingZones;
import dev.touchpoint.analytics.journey.PeakEndJourney;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.journey.JourneyRequests.Cohort;
import dev.touchpoint.server.platform.InvalidInputException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** The customers behind a number of a journey dashboard — a funnel drop-off, a valley, a touchpoint, a zone left, a key touchpoint's cell — within the caller's scope, for call lists. */
@Service
class Cohorts {

    private final JourneyAnalytics core;
    private final JourneyRepository repository;
    private final JourneyFacts facts;
    private final CustomerApi customers;
    private final FunnelAnalysis funnels;
    private final ExperienceAnalysis experience;

    Cohorts(
            JourneyFacts facts,
            JourneyAnalytics core,
            JourneyRepository repository,
            CustomerApi customers,
            FunnelAnalysis funnels,
            ExperienceAnalysis experience) {
        this.core = core;
        this.repository = repository;
        this.facts = facts;
        this.customers = customers;
        this.funnels = funnels;
        this.experience = experience;
    }

    /** The customer ids behind a number, within the caller's scope, with a description of the cohort. */
    List<Long> cohort(Cohort cohort) {
        if (cohort == null || cohort.type() == null) {
            throw InvalidInputException.of(
                    "type", "required", "type must be FUNNEL_DROPPED, VALLEY, TOUCHPOINT, ZONE_LEFT or KEY_EXPOSED");
        }
        var user = CurrentUsers.require();
        var catalogue = core.catalogue();
        List<String> subjects;
        switch (cohort.type().strip().toUpperCase(Locale.ROOT)) {
            case "FUNNEL_DROPPED" -> {
                var plan = funnels.plan(cohort.funnel(), catalogue);
                int step = cohort.step() == null ? 1 : cohort.step();
                if (step < 1 || step > plan.funnel().steps().size()) {
                    throw InvalidInputException.of(
                            "step",
                            "range",
                            "step must be 1.." + plan.funnel().steps().size());
                }
                subjects = funnels.runFunnel(plan, catalogue, user, FunnelAnalysis.subjectAttribute(cohort.funnel()))
                        .step(step)
                        .droppedSubjects();
            }
            case "VALLEY" -> {
                var period = core.period(cohort.from(), cohort.to());
                var code = JourneyAnalytics.requireTouchpoint(cohort.touchpoint(), catalogue);
                subjects = experience.peakEndReport(period, 30, "NONE", user, catalogue).journeys().stream()
                        .filter(j -> j.valley().touchpoint().equals(code))
                        .map(PeakEndJourney::subjectId)
                        .toList();
            }
            case "TOUCHPOINT" -> {
                var period = core.period(cohort.from(), cohort.to());
                Long tp = cohort.touchpoint() == null || cohort.touchpoint().isBlank()
                        ? null
                        : catalogue
                                .byCode(JourneyAnalytics.requireTouchpoint(cohort.touchpoint(), catalogue))
                                .id();
                var zone = cohort.zone() == null || cohort.zone().isBlank()
                        ? null
                        : cohort.zone().strip();
                if (tp == null && zone == null) {
                    throw InvalidInputException.of("touchpoint", "required", "give a touchpoint or a zone");
                }
                subjects =
                        facts.subjectsWithTouchpoint(period.from(), period.to(), tp, zone, cohort.maxEmotion(), user);
            }
            case "ZONE_LEFT" -> {
                var period = core.period(cohort.from(), cohort.to());
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
                var period = core.period(cohort.from(), cohort.to());
                var code = JourneyAnalytics.requireTouchpoint(cohort.touchpoint(), catalogue);
                var key = KeyTouchpoints.defaults()
                        .withConversion(KeyTouchpointAnalysis.Conversion.of(cohort.conversion(), catalogue)
                                .pattern());
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
}
