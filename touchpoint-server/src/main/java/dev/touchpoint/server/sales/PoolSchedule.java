package dev.touchpoint.server.sales;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the pool rules unattended on {@code touchpoint.sales.pool-cron} (default 02:30 nightly). */
@Component
class PoolSchedule {

    private final SalesApi sales;

    PoolSchedule(SalesApi sales) {
        this.sales = sales;
    }

    @Scheduled(cron = "${touchpoint.sales.pool-cron:0 30 2 * * *}")
    void run() {
        sales.runPoolRules();
    }
}
