package dev.touchpoint.analytics.journey;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Voice of the customer per period and group (DOMAIN.md §3): {@link NpsScore NPS}, {@link CsatScore
 * CSAT} and {@link CesScore CES}. Each answer falls into the period of its local date in {@link
 * #zone()} and the group given by its attribute {@link #groupBy()} ({@link #NO_VALUE} when missing;
 * everything in {@link #ALL} when {@code groupBy} is {@code null}). Rows are ordered by period, then
 * group.
 *
 * @param bucket the period length
 * @param zone the time zone defining calendar days
 * @param groupBy the attribute to group by, or {@code null}
 */
public record VoiceOfCustomer(TimeBucket bucket, ZoneId zone, String groupBy) {

    /** The group of every answer when there is no grouping. */
    public static final String ALL = "(all)";

    /** The group of answers lacking the grouping attribute. */
    public static final String NO_VALUE = "(none)";

    /** Validates. */
    public VoiceOfCustomer {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(zone, "zone");
    }

    /** Computes the rows in one pass over the answers. */
    public List<VocRow> analyze(Iterable<SurveyResponse> responses) {
        Map<LocalDate, Map<String, long[]>> tallies = new TreeMap<>();
        for (SurveyResponse response : responses) {
            LocalDate period = bucket.start(response.answeredAt().atZone(zone).toLocalDate());
            String group = groupBy == null ? ALL : response.attributes().getOrDefault(groupBy, NO_VALUE);
            long[] t = tallies.computeIfAbsent(period, p -> new TreeMap<>()).computeIfAbsent(group, g -> new long[9]);
            count(t, response);
        }
        List<VocRow> rows = new ArrayList<>();
        tallies.forEach((period, groups) -> groups.forEach((group, t) -> rows.add(row(period, group, t))));
        return rows;
    }

    // tally layout: 0 promoters, 1 passives, 2 detractors, 3 csat n, 4 csat 4–5, 5 csat sum,
    // 6 ces n, 7 ces sum
    private static void count(long[] t, SurveyResponse r) {
        switch (r.metric()) {
            case NPS -> t[r.score() >= 9 ? 0 : r.score() >= 7 ? 1 : 2]++;
            case CSAT -> {
                t[3]++;
                t[4] += r.score() >= 4 ? 1 : 0;
                t[5] += r.score();
            }
            case CES -> {
                t[6]++;
                t[7] += r.score();
            }
        }
    }

    private static VocRow row(LocalDate period, String group, long[] t) {
        NpsScore nps = t[0] + t[1] + t[2] == 0 ? null : NpsScore.of(t[0], t[1], t[2]);
        CsatScore csat = t[3] == 0 ? null : new CsatScore(t[3], t[4], 100.0 * t[4] / t[3], (double) t[5] / t[3]);
        CesScore ces = t[6] == 0 ? null : new CesScore(t[6], (double) t[7] / t[6]);
        return new VocRow(period, group, nps, csat, ces);
    }
}
