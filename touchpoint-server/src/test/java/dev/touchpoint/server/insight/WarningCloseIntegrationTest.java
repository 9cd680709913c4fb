package dev.touchpoint.server.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Closing a warning is one transition: ten closes at once give one 200 and nine 409. */
class WarningCloseIntegrationTest extends IntegrationTestSupport {

    @Test
    void closingAWarningTenTimesAtOnceClosesItOnce() throws Exception {
        var created = send("POST", "/api/v1/customers", admin(), "{\"kind\":\"PERSON\",\"name\":\"预警客户\"}");
        long customer = Long.parseLong(created.body().replaceAll(".*?\"id\":(\\d+).*", "$1"));
        long warning = jdbc.sql("""
                INSERT INTO value_warning (customer_id, rule, reason, evidence, raised_on)
                VALUES (:c, 'DORMANT', 'no purchase for a year', '{}'::jsonb, current_date) RETURNING id""").param("c", customer).query(Long.class).single();

        var pool = Executors.newFixedThreadPool(10);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<Integer>>();
        for (int i = 0; i < 10; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return send(
                                "POST",
                                "/api/v1/value/warnings/" + warning + "/close",
                                admin(),
                                "{\"outcome\":\"NOT_NEEDED\"}")
                        .statusCode();
            }));
        }
        start.countDown();
        var statuses = new ArrayList<Integer>();
        for (var f : futures) {
            statuses.add(f.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        assertThat(jdbc.sql("SELECT count(*) FROM value_warning_action WHERE warning_id = :w AND action = 'CLOSE'")
                        .param("w", warning)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
