package dev.touchpoint.server.touchpoint.event;

import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.touchpoint.TouchpointTestSupport;
import dev.touchpoint.server.touchpoint.catalogue.CatalogueRepository;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures ingestion once and prints the figures (not a timed assertion, not run by default):
 * {@code ./mvnw -B -o -pl touchpoint-server -am verify -Dit.test=EventIngestionMeasurement
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <ol>
 *   <li>end to end: NDJSON batches of 10,000 events POSTed to {@code /api/v1/events} (parse, validate,
 *       scope, COPY into staging, INSERT … ON CONFLICT DO NOTHING);</li>
 *   <li>the storage path alone ({@link EventIngestor#ingest}) against a plain {@code COPY} of the same
 *       rows into the same table ({@link EventIngestor#copyDirect}).</li>
 * </ol>
 */
class EventIngestionMeasurement extends TouchpointTestSupport {

    private static final int BATCH = 10_000;
    private static final int BATCHES = 10;

    @Autowired
    EventIngestor ingestor;

    @Autowired
    CatalogueRepository catalogue;

    private String bearer;

    @Test
    void measure() throws Exception {
        var team = team();
        var batch = new ArrayList<NewCustomer>();
        for (int i = 0; i < 5000; i++) {
            batch.add(new NewCustomer(
                    CustomerKind.PERSON,
                    "bench" + i,
                    null,
                    null,
                    null,
                    null,
                    null,
                    team.id(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        var ids = customers.insertAll(batch);
        var codes = List.copyOf(catalogue.codes().keySet());
        var random = new Random(42);
        var run = unique("bench");
        // integrations use API tokens; HTTP Basic would hash a password (bcrypt) on every request
        bearer = "Bearer "
                + identity.runAs("admin", () -> identity.createToken(run, null, null))
                        .token();

        // warm-up: JIT, the known-customers memory, the staging table of each pooled connection
        for (int w = 0; w < 3; w++) {
            post(ndjson(run + "-w" + w, ids, codes, random));
        }
        long events = 0;
        long start = System.nanoTime();
        for (int b = 0; b < BATCHES; b++) {
            var body = ndjson(run + "-" + b, ids, codes, random);
            var response = post(body);
            if (response.statusCode() != 200) {
                throw new AssertionError(response.body());
            }
            events += BATCH;
        }
        double http = events / ((System.nanoTime() - start) / 1e9);

        var info = catalogue.codes();
        double staged = 0;
        double plain = 0;
        for (int round = 0; round < 3; round++) {
            var a = rows(run + "-s" + round, ids, codes, info, random);
            var p = rows(run + "-p" + round, ids, codes, info, random);
            long t0 = System.nanoTime();
            ingestor.ingest(a);
            long t1 = System.nanoTime();
            ingestor.copyDirect(p);
            long t2 = System.nanoTime();
            if (round > 0) {
                staged += BATCH * 10 / ((t1 - t0) / 1e9);
                plain += BATCH * 10 / ((t2 - t1) / 1e9);
            }
        }
        staged /= 2;
        plain /= 2;
        System.out.printf(
                "%nINGESTION end-to-end NDJSON over HTTP: %,.0f events/s (%d batches of %,d)%n", http, BATCHES, BATCH);
        System.out.printf(
                "INGESTION storage path COPY→staging→INSERT ON CONFLICT: %,.0f events/s (100,000-row runs)%n", staged);
        System.out.printf(
                "INGESTION plain COPY into touchpoint_event: %,.0f events/s; ratio staged/plain = %.2f, "
                        + "end-to-end/plain = %.2f%n%n",
                plain, staged / plain, http / plain);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/api/v1/events"))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/x-ndjson")
                        .header("Authorization", bearer)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String ndjson(String prefix, List<Long> ids, List<String> codes, Random random) {
        var sb = new StringBuilder(BATCH * 200);
        for (int i = 0; i < BATCH; i++) {
            sb.append("{\"eventId\":\"")
                    .append(prefix)
                    .append('-')
                    .append(i)
                    .append("\",\"customerId\":")
                    .append(ids.get(random.nextInt(ids.size())))
                    .append(",\"touchpoint\":\"")
                    .append(codes.get(random.nextInt(codes.size())))
                    .append("\",\"occurredAt\":\"2025-0")
                    .append(1 + random.nextInt(9))
                    .append("-1")
                    .append(random.nextInt(10))
                    .append("T1")
                    .append(random.nextInt(10))
                    .append(":15:00+08:00\",\"channel\":\"STORE\",\"zone\":\"SHOWROOM\"," + "\"durationSeconds\":")
                    .append(random.nextInt(3600))
                    .append(",\"emotion\":")
                    .append(1 + random.nextInt(6))
                    .append(",\"attributes\":{\"sku\":\"CAR-X5\"}}\n");
        }
        return sb.toString();
    }

    private static List<EventIngestor.Row> rows(
            String prefix,
            List<Long> ids,
            List<String> codes,
            java.util.Map<String, CatalogueRepository.CodeInfo> info,
            Random random) {
        var rows = new ArrayList<EventIngestor.Row>(BATCH * 10);
        for (int i = 0; i < BATCH * 10; i++) {
            var code = codes.get(random.nextInt(codes.size()));
            rows.add(new EventIngestor.Row(
                    prefix + "-" + i,
                    ids.get(random.nextInt(ids.size())),
                    null,
                    info.get(code).id(),
                    info.get(code).kind().name(),
                    "2025-03-0" + (1 + random.nextInt(9)) + "T10:15:00Z",
                    "STORE",
                    null,
                    "SHOWROOM",
                    null,
                    random.nextInt(3600),
                    null,
                    1 + random.nextInt(6),
                    "{\"sku\":\"CAR-X5\"}",
                    "bench"));
        }
        return rows;
    }
}
