package dev.touchpoint.server.journey;

import dev.touchpoint.analytics.journey.ExpectationRating;
import dev.touchpoint.analytics.journey.SurveyMetric;
import dev.touchpoint.analytics.journey.SurveyResponse;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.CurrentUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The journey dashboards' figures that SQL answers whole (tiers for breakdowns, who met a
 * touchpoint, survey answers, expectation ratings, repurchase, NPS, mean emotion, call lists),
 * read-only over the touchpoint and customer tables and within the caller's scope like
 * {@link JourneyRepository}, which streams whole journeys.
 */
@Repository
class JourneyFacts {

    private final JdbcClient jdbc;
    private final CustomerApi customers;

    JourneyFacts(JdbcClient jdbc, CustomerApi customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    private Map<String, Object> scopeParams(CurrentUser user) {
        var params = new HashMap<String, Object>(customers.scopeParams(user));
        params.put("visitors", JourneyRepository.seesVisitors(user));
        return params;
    }

    /** Events of visible customers, and of anonymous visitors for those who see them. */
    private String scope(String alias) {
        return "((" + alias + ".customer_id IS NULL AND :visitors) OR (" + alias + ".customer_id IS NOT NULL AND "
                + customers.scopePredicate(alias + ".customer_id") + "))";
    }

    /** Tier code per customer subject id, for the funnel breakdown. */
    Map<String, String> tiers(Collection<String> subjectIds) {
        var ids = subjectIds.stream()
                .map(JourneyRepository::customerOf)
                .filter(java.util.Objects::nonNull)
                .toArray(Long[]::new);
        var result = new HashMap<String, String>();
        if (ids.length == 0) {
            return result;
        }
        jdbc.sql("SELECT id, tier FROM customer WHERE id = ANY(:ids)")
                .param("ids", ids)
                .query(rs -> {
                    result.put(Long.toString(rs.getLong("id")), rs.getString("tier"));
                });
        return result;
    }

    /** Customer ids (as subject ids) that met any touchpoint, in scope and period. */
    List<String> subjectsWithTouchpoint(
            Instant from, Instant to, Long touchpointId, String zone, Integer maxEmotion, CurrentUser user) {
        var params = scopeParams(user);
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        var where = new StringBuilder(
                        "e.customer_id IS NOT NULL AND e.occurred_at >= :from AND e.occurred_at < :to AND ")
                .append(customers.scopePredicate("e.customer_id"));
        if (touchpointId != null) {
            where.append(" AND e.touchpoint_id = :tp");
            params.put("tp", touchpointId);
        }
        if (zone != null) {
            where.append(" AND e.zone = :zone");
            params.put("zone", zone);
        }
        if (maxEmotion != null) {
            where.append(" AND e.emotion <= :maxEmotion");
            params.put("maxEmotion", maxEmotion);
        }
        return jdbc.sql("SELECT DISTINCT e.customer_id FROM touchpoint_event e WHERE " + where)
                .params(params)
                .query((rs, n) -> Long.toString(rs.getLong(1)))
                .list();
    }

    /** Survey answers to NPS, CSAT and CES questions (attributes {@code type} and {@code score}). */
    void surveyResponses(
            Instant from, Instant to, Catalogue catalogue, CurrentUser user, Consumer<SurveyResponse> sink) {
        var params = scopeParams(user);
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        jdbc.sql("""
                SELECT e.customer_id, e.visitor_id, e.touchpoint_id, e.occurred_at, e.site, e.channel,
                       e.attributes->>'type' AS type, e.attributes->>'score' AS score
                FROM touchpoint_event e
                WHERE e.occurred_at >= :from AND e.occurred_at < :to AND e.attributes->>'type' IN ('NPS','CSAT','CES')
                  AND """ + scope("e")).params(params).query(rs -> {
            SurveyMetric metric = SurveyMetric.valueOf(rs.getString("type"));
            int score;
            try {
                score = (int) Math.round(Double.parseDouble(rs.getString("score")));
            } catch (NumberFormatException | NullPointerException e) {
                return;
            }
            if (score < metric.min() || score > metric.max()) {
                return;
            }
            long customer = rs.getLong("customer_id");
            String subject = rs.wasNull() ? "v:" + rs.getString("visitor_id") : Long.toString(customer);
            var tp = catalogue.byId(rs.getLong("touchpoint_id"));
            var attributes = new HashMap<String, String>();
            if (rs.getString("site") != null) {
                attributes.put("site", rs.getString("site"));
            }
            if (tp != null) {
                attributes.put("touchpoint", tp.code());
            }
            sink.accept(new SurveyResponse(
                    subject, metric, score, rs.getTimestamp("occurred_at").toInstant(), attributes));
        });
    }

    /** Expectation and perception answers (attributes {@code expectation}, {@code perception}). */
    List<ExpectationRating> expectationRatings(Instant from, Instant to, Catalogue catalogue, CurrentUser user) {
        var params = scopeParams(user);
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        var result = new ArrayList<ExpectationRating>();
        jdbc.sql("""
                SELECT e.customer_id, e.visitor_id, e.touchpoint_id,
                       (e.attributes->>'expectation')::numeric AS expectation,
                       (e.attributes->>'perception')::numeric AS perception
                FROM touchpoint_event e
                WHERE e.occurred_at >= :from AND e.occurred_at < :to
                  AND jsonb_typeof(e.attributes->'expectation') = 'number'
                  AND jsonb_typeof(e.attributes->'perception') = 'number'
                  AND """ + scope("e")).params(params).query(rs -> {
            var tp = catalogue.byId(rs.getLong("touchpoint_id"));
            long customer = rs.getLong("customer_id");
            String subject = rs.wasNull() ? "v:" + rs.getString("visitor_id") : Long.toString(customer);
            if (tp != null) {
                result.add(new ExpectationRating(
                        subject, tp.code(), rs.getDouble("expectation"), rs.getDouble("perception")));
            }
        });
        return result;
    }

    /**
     * Per customer, 1 when a purchase came later than {@code afterSeconds} after the first purchase in the
     * period, else 0, for customers with a purchase (the repurchase outcome of peak-end).
     */
    Map<String, Double> repurchase(Instant from, Instant to, long afterSeconds, CurrentUser user) {
        var params = new HashMap<String, Object>(customers.scopeParams(user));
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        params.put("after", afterSeconds);
        var result = new HashMap<String, Double>();
        jdbc.sql("""
                SELECT customer_id,
                       CASE WHEN max(occurred_at) > min(occurred_at) + make_interval(secs => :after) THEN 1 ELSE 0 END AS again
                FROM touchpoint_event e
                WHERE e.kind = 'PURCHASE' AND e.customer_id IS NOT NULL
                  AND e.occurred_at >= :from AND e.occurred_at < :to AND """ + customers.scopePredicate("e.customer_id") + " GROUP BY customer_id")
                .params(params)
                .query(rs -> {
                    result.put(Long.toString(rs.getLong(1)), (double) rs.getInt(2));
                });
        return result;
    }

    /** Per customer, the last NPS answer (0–10) in the period, the NPS outcome of peak-end. */
    Map<String, Double> lastNps(Instant from, Instant to, CurrentUser user) {
        var params = new HashMap<String, Object>(customers.scopeParams(user));
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        var result = new HashMap<String, Double>();
        jdbc.sql("""
                SELECT DISTINCT ON (customer_id) customer_id, (attributes->>'score')::numeric AS score
                FROM touchpoint_event e
                WHERE e.attributes->>'type' = 'NPS' AND jsonb_typeof(e.attributes->'score') = 'number'
                  AND e.customer_id IS NOT NULL AND e.occurred_at >= :from AND e.occurred_at < :to AND """ + customers.scopePredicate("e.customer_id") + " ORDER BY customer_id, occurred_at DESC")
                .params(params)
                .query(rs -> {
                    result.put(Long.toString(rs.getLong(1)), rs.getDouble(2));
                });
        return result;
    }

    /** Mean emotion per touchpoint id in the period (performance of the IPA grid). */
    Map<Long, double[]> meanEmotion(Instant from, Instant to, CurrentUser user) {
        var params = scopeParams(user);
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        var result = new HashMap<Long, double[]>();
        jdbc.sql("SELECT e.touchpoint_id, avg(e.emotion) AS mean, count(*) AS n FROM touchpoint_event e"
                        + " WHERE e.emotion IS NOT NULL AND e.occurred_at >= :from AND e.occurred_at < :to AND "
                        + scope("e")
                        + " GROUP BY e.touchpoint_id")
                .params(params)
                .query(rs -> {
                    result.put(rs.getLong(1), new double[] {rs.getDouble(2), rs.getLong(3)});
                });
        return result;
    }

    /** One page of visible, active customers among {@code ids}, by name, with owner and team. */
    List<CallListRow> callList(Collection<Long> ids, CurrentUser user, long offset, int limit) {
        var params = new HashMap<String, Object>(customers.scopeParams(user));
        params.put("ids", ids.toArray(Long[]::new));
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("""
                SELECT c.id, c.name, c.phone, c.tier, u.display_name AS owner, t.name AS team
                FROM customer c
                LEFT JOIN app_user u ON u.id = c.owner_id
                LEFT JOIN team t ON t.id = c.team_id
                WHERE c.id = ANY(:ids) AND c.deleted_at IS NULL AND c.merged_into IS NULL AND """ + customers.scopePredicate("c.id") + " ORDER BY c.name, c.id OFFSET :offset LIMIT :limit")
                .params(params)
                .query((rs, n) -> new CallListRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("phone"),
                        rs.getString("tier"),
                        rs.getString("owner"),
                        rs.getString("team")))
                .list();
    }

    /** How many of {@code ids} are visible, active customers. */
    long callListSize(Collection<Long> ids, CurrentUser user) {
        var params = new HashMap<String, Object>(customers.scopeParams(user));
        params.put("ids", ids.toArray(Long[]::new));
        return jdbc.sql("SELECT count(*) FROM customer c WHERE c.id = ANY(:ids) AND c.deleted_at IS NULL"
                        + " AND c.merged_into IS NULL AND " + customers.scopePredicate("c.id"))
                .params(params)
                .query(Long.class)
                .single();
    }
}
