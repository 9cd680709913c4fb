package dev.touchpoint.server.journey;

import dev.touchpoint.analytics.journey.JourneyEvent;
import dev.touchpoint.analytics.journey.SubjectJourney;
import dev.touchpoint.analytics.journey.SubjectJourneys;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.touchpoint.Touchpoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Read-only SQL over the touchpoint module's events and the customer rows behind them (see the
 * package documentation: an analytics read model). Every query restricts customers to the caller's
 * scope inside the SQL, and admits anonymous visitors' events only for ADMIN, ANALYST and MANAGER.
 */
@Repository
class JourneyRepository implements DisposableBean {

    /** Rows fetched per round trip when streaming: a server-side cursor keeps memory flat. */
    private static final int FETCH_SIZE = 10_000;
    /** Reader threads: three analyses at a time, each reading with two connections. */
    private static final int READERS = 6;

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final CustomerApi customers;
    private final ObjectMapper json;
    /** Reader threads of {@link #withJourneys}; more concurrent analyses wait for one. */
    private final ExecutorService readers = Executors.newFixedThreadPool(READERS, new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            var thread = new Thread(r, "journey-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    JourneyRepository(
            JdbcClient jdbc,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            CustomerApi customers,
            ObjectMapper json) {
        this.jdbc = jdbc;
        var template = new JdbcTemplate(dataSource) {
            @Override
            protected void applyStatementSettings(Statement statement) throws SQLException {
                super.applyStatementSettings(statement);
                // -1: numbers in binary from the first execution (no text to format and parse per value)
                statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            }
        };
        template.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.customers = customers;
        this.json = json;
    }

    /** Whether the user's analyses include anonymous visitors' events. */
    static boolean seesVisitors(CurrentUser user) {
        return user.seesAll() || user.role() == Role.MANAGER;
    }

    /** The subject id of a customer ({@code "42"}) or a visitor ({@code "v:abc"}). */
    static String subjectOf(Long customerId, String visitorId) {
        return customerId != null ? customerId.toString() : "v:" + visitorId;
    }

    /** The customer id of a subject, or null for a visitor. */
    static Long customerOf(String subjectId) {
        return subjectId.startsWith("v:") ? null : Long.valueOf(subjectId);
    }

    /**
     * Streams the selected events of the visible subjects, grouped into journeys (one per customer or
     * visitor), to {@code analysis}; the iterable can be walked once.
     *
     * <p>The rows are read on a reader thread in one read-only transaction while {@code analysis} runs on
     * the calling thread, with a bounded queue of batches between them: PostgreSQL keeps producing rows
     * (a server-side cursor only advances when asked) while the previous ones are analysed, so the query
     * and the analysis overlap instead of taking turns. When the analysis ends early or fails, the reader
     * stops at its next batch and its transaction ends.
     */
    <T> T withJourneys(
            EventSelection selection,
            Catalogue catalogue,
            CurrentUser user,
            Function<Iterable<SubjectJourney>, T> analysis) {
        return withJourneys(selection, catalogue, user, analysis, medianCustomer());
    }

    /**
     * {@link #withJourneys(EventSelection, Catalogue, CurrentUser, Function)} with the customers split
     * between two readers at {@code split} (the first customer id of the second reader), or read by one
     * reader when {@code split} is null.
     */
    <T> T withJourneys(
            EventSelection selection,
            Catalogue catalogue,
            CurrentUser user,
            Function<Iterable<SubjectJourney>, T> analysis,
            Long split) {
        var params = new HashMap<String, Object>(customers.scopeParams(user));
        params.put("from", Timestamp.from(selection.from()));
        params.put("to", Timestamp.from(selection.to()));
        var where = new StringBuilder("e.occurred_at >= :from AND e.occurred_at < :to");
        switch (selection.rows()) {
            case ALL -> {}
            case MATCHING -> {
                where.append(" AND (e.touchpoint_id = ANY(:tps) OR e.kind = ANY(:kinds))");
                params.put("tps", selection.touchpointIds().toArray(Long[]::new));
                params.put("kinds", selection.kinds().toArray(String[]::new));
            }
            case EMOTION_OR_PURCHASE -> where.append(" AND (e.emotion IS NOT NULL OR e.kind = 'PURCHASE')");
            case ZONED_OR_PURCHASE -> where.append(" AND (e.zone IS NOT NULL OR e.kind = 'PURCHASE')");
        }
        boolean anchored = !selection.anchorIds().isEmpty();
        if (anchored) {
            params.put("anchor", selection.anchorIds().toArray(Long[]::new));
        }
        if (split != null) {
            params.put("split", split);
        }
        // Customers in the order of the (customer_id, occurred_at) index, so rows stream at once instead of
        // after sorting millions of them, in two halves read side by side (by default split at the median
        // customer of the events' statistics) so that PostgreSQL works on two cores; then the (few)
        // anonymous visitors' events sorted by visitor, after the second half.
        var customerSql = select(selection, "e.customer_id", "NULL::text")
                + " FROM touchpoint_event e WHERE e.customer_id IS NOT NULL AND " + where + " AND "
                + customers.scopePredicate("e.customer_id")
                + (anchored
                        ? " AND e.customer_id IN (SELECT a.customer_id FROM touchpoint_event a"
                                + " WHERE a.touchpoint_id = ANY(:anchor) AND a.customer_id IS NOT NULL"
                                + " AND a.occurred_at >= :from AND a.occurred_at < :to)"
                        : "");
        var visitorSql = select(selection, "NULL::bigint", "e.visitor_id")
                + " FROM touchpoint_event e WHERE e.customer_id IS NULL AND " + where
                + (anchored
                        ? " AND e.visitor_id IN (SELECT a.visitor_id FROM touchpoint_event a"
                                + " WHERE a.touchpoint_id = ANY(:anchor) AND a.customer_id IS NULL"
                                + " AND a.occurred_at >= :from AND a.occurred_at < :to)"
                        : "")
                + " ORDER BY e.visitor_id";
        var parts = new ArrayList<List<String>>();
        if (split == null) {
            parts.add(new ArrayList<>(List.of(customerSql + " ORDER BY e.customer_id")));
        } else {
            parts.add(new ArrayList<>(List.of(customerSql + " AND e.customer_id < :split ORDER BY e.customer_id")));
            parts.add(new ArrayList<>(List.of(customerSql + " AND e.customer_id >= :split ORDER BY e.customer_id")));
        }
        if (seesVisitors(user) && !selection.customersOnly()) {
            parts.get(parts.size() - 1).add(visitorSql);
        }
        var feed = new EventFeed(parts.size());
        var running = new ArrayList<Future<?>>();
        for (var queries : parts) {
            var producer = feed.producer();
            running.add(readers.submit(() -> read(queries, params, catalogue, selection, producer, feed)));
        }
        try {
            Iterable<SubjectJourney> journeys = () -> SubjectJourneys.groupConsecutive(feed.iterator());
            return analysis.apply(journeys);
        } finally {
            feed.cancel();
            for (var reader : running) {
                try {
                    reader.get(); // every reader's transaction has ended (connection returned) before we answer
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    // reported through the feed
                }
            }
        }
    }

    /** One reader: its queries, in order, in one read-only transaction. */
    private void read(
            List<String> queries,
            Map<String, Object> params,
            Catalogue catalogue,
            EventSelection selection,
            EventFeed.Producer producer,
            EventFeed feed) {
        try {
            readOnly.executeWithoutResult(status -> {
                streaming.getJdbcTemplate().execute("SET LOCAL work_mem = '128MB'");
                // plan for the actual period, split and anchor every time: a cached generic plan of these
                // statements (the driver prepares them on the server from the fifth run) was measured 8 × slower
                streaming.getJdbcTemplate().execute("SET LOCAL plan_cache_mode = force_custom_plan");
                var rows = new RowReader(catalogue, selection.reads(EventSelection.Column.ATTRIBUTES));
                for (var sql : queries) {
                    try (Stream<JourneyEvent> events = streaming.queryForStream(sql, params, rows)) {
                        events.forEach(event -> {
                            if (event != null) {
                                producer.put(event);
                            }
                        });
                    }
                }
            });
            producer.finish();
        } catch (RuntimeException | Error e) {
            feed.fail(e);
        }
    }

    /**
     * The median customer id of the events, from PostgreSQL's statistics (the middle bound of the
     * equal-frequency histogram); null without statistics.
     */
    private Long medianCustomer() {
        return jdbc.sql("""
                SELECT (histogram_bounds::text::bigint[])[array_length(histogram_bounds::text::bigint[], 1) / 2 + 1]
                FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'touchpoint_event'
                  AND attname = 'customer_id'""").query(Long.class).optional().orElse(null);
    }

    @Override
    public void destroy() {
        readers.shutdownNow();
    }

    /** The columns of one event row; those the selection does not read are sent as NULL. */
    private static String select(EventSelection selection, String customer, String visitor) {
        return "SELECT " + customer + " AS customer_id, " + visitor + " AS visitor_id, e.touchpoint_id, e.kind,"
                // date_part is double precision arithmetic; EXTRACT returns numeric, ~25 % slower over all rows
                + " (date_part('epoch', e.occurred_at) * 1000)::bigint AS at_ms, "
                + column(selection, EventSelection.Column.CHANNEL, "e.channel", "text") + ", "
                + column(selection, EventSelection.Column.SITE, "e.site", "text") + ", "
                + column(selection, EventSelection.Column.ZONE, "e.zone", "text") + ", "
                + column(selection, EventSelection.Column.PRODUCT, "e.product_id", "bigint") + ", "
                + column(selection, EventSelection.Column.DURATION, "e.duration_seconds", "integer") + ", "
                + column(selection, EventSelection.Column.EMOTION, "e.emotion", "smallint")
                + (selection.reads(EventSelection.Column.ATTRIBUTES) ? ", e.attributes::text AS attributes" : "");
    }

    private static String column(
            EventSelection selection, EventSelection.Column column, String expression, String type) {
        return selection.reads(column) ? expression : "NULL::" + type;
    }

    /**
     * Maps a row of {@link #select} by column position (1 customer … 11 emotion, 12 attributes) to an event,
     * or to null for a touchpoint that is no longer in the catalogue. Used on one reader thread.
     */
    private final class RowReader implements RowMapper<JourneyEvent> {

        private final Catalogue catalogue;
        private final boolean withAttributes;
        private long lastCustomer = Long.MIN_VALUE;
        private String lastSubject;

        RowReader(Catalogue catalogue, boolean withAttributes) {
            this.catalogue = catalogue;
            this.withAttributes = withAttributes;
        }

        @Override
        public JourneyEvent mapRow(ResultSet rs, int rowNum) throws SQLException {
            Touchpoint tp = catalogue.byId(rs.getLong(3));
            if (tp == null) {
                return null;
            }
            long customer = rs.getLong(1);
            String subject;
            if (rs.wasNull()) {
                subject = "v:" + rs.getString(2);
            } else {
                // rows come grouped by customer: one subject string per customer, not per row
                if (customer != lastCustomer) {
                    lastCustomer = customer;
                    lastSubject = Long.toString(customer);
                }
                subject = lastSubject;
            }
            long product = rs.getLong(9);
            String productId = rs.wasNull() ? null : Long.toString(product);
            int duration = rs.getInt(10);
            Long durationSeconds = rs.wasNull() ? null : (long) Math.max(0, duration);
            int emotion = rs.getInt(11);
            Integer emotionScore = rs.wasNull() ? null : emotion;
            Map<String, String> properties = Map.of();
            if (withAttributes) {
                var text = rs.getString(12);
                if (text != null) {
                    var parsed = json.readValue(text, MAP);
                    var flat = new HashMap<String, String>();
                    parsed.forEach((k, v) -> {
                        if (v != null) {
                            flat.put(k, String.valueOf(v));
                        }
                    });
                    properties = flat;
                }
            }
            // epoch milliseconds parse much faster than a timestamp's text (no Calendar per row)
            return new JourneyEvent(
                    subject,
                    tp.code(),
                    KINDS.get(rs.getString(4)),
                    tp.stage(),
                    Instant.ofEpochMilli(rs.getLong(5)),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    productId,
                    durationSeconds,
                    emotionScore,
                    properties);
        }
    }

    private static final Map<String, TouchpointKind> KINDS = java.util.Arrays.stream(TouchpointKind.values())
            .collect(java.util.stream.Collectors.toMap(Enum::name, k -> k));
}
