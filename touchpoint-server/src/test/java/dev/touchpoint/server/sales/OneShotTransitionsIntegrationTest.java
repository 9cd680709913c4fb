package dev.touchpoint.server.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One-shot transitions fired ten times at once, as a double-clicking user or a retrying client
 * does: exactly one succeeds, the others get 409, and nothing is created twice.
 */
class OneShotTransitionsIntegrationTest extends SalesTestSupport {

    @Test
    void convertingALeadTenTimesAtOnceCreatesOneCustomerAndOneOpportunity() throws Exception {
        var crew = crew();
        var phone = mobile();
        long lead = ok(send("POST", "/api/v1/sales/leads", as(crew.rep()), """
                {"name":"并发客户","phone":"%s","productInterest":"星途 X SUV"}""".formatted(phone)), 201)
                .get("id")
                .asLong();

        var statuses =
                parallel(10, () -> send("POST", "/api/v1/sales/leads/" + lead + "/convert", as(crew.rep()), null));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        assertThat(jdbc.sql("SELECT count(*) FROM customer WHERE phone = :p")
                        .param("p", phone)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM sales_opportunity WHERE customer_id IN "
                                + "(SELECT id FROM customer WHERE phone = :p)")
                        .param("p", phone)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void claimingAPooledLeadTenTimesAtOnceGivesItToOneRep() throws Exception {
        var crew = crew();
        long lead = ok(send("POST", "/api/v1/sales/leads", as(crew.rep()), """
                {"name":"公海客户","phone":"%s"}""".formatted(mobile())), 201)
                .get("id")
                .asLong();
        ok(send("POST", "/api/v1/sales/pool/LEAD/" + lead + "/release", as(crew.rep()), "{\"reason\":\"test\"}"), 204);

        var statuses = parallel(
                10, () -> send("POST", "/api/v1/sales/pool/LEAD/" + lead + "/claim", as(crew.manager()), null));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        assertThat(jdbc.sql("SELECT owner_id FROM sales_lead WHERE id = :id")
                        .param("id", lead)
                        .query(Long.class)
                        .single())
                .isEqualTo(crew.managerId());
    }

    @Test
    void markingALeadLostTwiceIsAConflict() throws Exception {
        var crew = crew();
        long lead = ok(send("POST", "/api/v1/sales/leads", as(crew.rep()), """
                {"name":"流失客户","phone":"%s"}""".formatted(mobile())), 201)
                .get("id")
                .asLong();
        var statuses = parallel(5, () -> send("POST", "/api/v1/sales/leads/" + lead + "/lost", as(crew.rep()), null));
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(4);
    }

    private static List<Integer> parallel(int n, Callable<HttpResponse<String>> call) throws Exception {
        var pool = Executors.newFixedThreadPool(n);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<HttpResponse<String>>>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var f : futures) {
                statuses.add(f.get().statusCode());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
