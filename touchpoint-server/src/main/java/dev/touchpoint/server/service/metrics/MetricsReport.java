package dev.touchpoint.server.service.metrics;

import dev.touchpoint.analytics.service.DurationSummary;
import dev.touchpoint.analytics.service.FastReplyMetrics;
import dev.touchpoint.analytics.service.FcrRate;
import java.time.Instant;
import java.util.List;

/**
 * The four fast-reply metrics (seed 000) for a period, overall, per group and as a monthly trend. Times
 * are business minutes; rates are 0..1; values are null where nothing could be measured.
 *
 * @param groupBy TEAM, AGENT, CHANNEL, TYPE or NONE
 * @param fcrRepeatDays N of the "no new ticket within N days" definition
 */
public record MetricsReport(
        Instant from,
        Instant to,
        String groupBy,
        int fcrRepeatDays,
        Row overall,
        List<Row> groups,
        List<TrendPoint> trend,
        ComplaintSatisfaction complaintSatisfaction) {

    /**
     * Satisfaction after complaints opened in the period (the after-complaint survey's CSAT, or a score an
     * agent entered): {@code satisfiedShare} = complaints scored 4 or 5 / complaints with a score. Beside it,
     * for context, seed 003's McKinsey figures: of dissatisfied customers 54 % come back when the problem is
     * solved and 82 % when it is solved fast.
     */
    public record ComplaintSatisfaction(
            long complaints,
            long solved,
            long scored,
            long satisfied,
            Double satisfiedShare,
            Double averageScore,
            double mckinseyReturnWhenSolved,
            double mckinseyReturnWhenSolvedFast) {

        static final double MCKINSEY_SOLVED = 0.54;
        static final double MCKINSEY_SOLVED_FAST = 0.82;

        static ComplaintSatisfaction of(long complaints, long solved, List<Integer> scores) {
            long satisfied = scores.stream().filter(s -> s >= 4).count();
            return new ComplaintSatisfaction(
                    complaints,
                    solved,
                    scores.size(),
                    satisfied,
                    scores.isEmpty() ? null : Math.round(1000.0 * satisfied / scores.size()) / 1000.0,
                    scores.isEmpty()
                            ? null
                            : round(scores.stream()
                                    .mapToInt(Integer::intValue)
                                    .average()
                                    .orElse(Double.NaN)),
                    MCKINSEY_SOLVED,
                    MCKINSEY_SOLVED_FAST);
        }
    }

    /** The metrics of one group. */
    public record Row(
            String key,
            String label,
            long tickets,
            Summary firstResponse,
            Summary response,
            Summary resolution,
            Fcr fcrNoFurtherMessage,
            Fcr fcrNoRepeat,
            long breaches,
            Double breachRate) {

        static Row of(String key, String label, FastReplyMetrics m, long breaches) {
            return new Row(
                    key,
                    label,
                    m.tickets(),
                    Summary.of(m.firstResponse()),
                    Summary.of(m.response()),
                    Summary.of(m.resolution()),
                    Fcr.of(m.fcrNoFurtherMessage()),
                    Fcr.of(m.fcrNoRepeat()),
                    breaches,
                    m.tickets() == 0 ? null : (double) breaches / m.tickets());
        }
    }

    /** Mean, median, 90th percentile and maximum in business minutes. */
    public record Summary(long count, Double mean, Double median, Double p90, Long max) {

        static Summary of(DurationSummary s) {
            return s.isEmpty()
                    ? new Summary(0, null, null, null, null)
                    : new Summary(s.count(), round(s.mean()), round(s.median()), round(s.p90()), s.max());
        }
    }

    /** A first-contact resolution rate. */
    public record Fcr(long eligible, long resolved, Double rate) {

        static Fcr of(FcrRate r) {
            return new Fcr(
                    r.eligible(), r.resolved(), Double.isNaN(r.rate()) ? null : Math.round(r.rate() * 1000) / 1000.0);
        }
    }

    /** One month of the trend. */
    public record TrendPoint(
            String period,
            long tickets,
            Double firstResponseMean,
            Double firstResponseMedian,
            Double firstResponseP90,
            Double responseMean,
            Double resolutionMean,
            Double resolutionMedian,
            Double fcrNoFurtherMessage,
            Double fcrNoRepeat,
            long breaches) {}

    static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 10) / 10.0;
    }
}
