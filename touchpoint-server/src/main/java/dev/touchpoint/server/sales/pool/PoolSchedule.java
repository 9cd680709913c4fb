package dev.touchpoint.server.sales.pool;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the pool rules unattended on {@code touchpoint.sales.pool-cron} (default 02:30 nightly). */
@Component
class PoolSchedule {

    private final PoolService pool;

    PoolSchedule(PoolService pool) {
        this.pool = pool;
    }

    @Scheduled(cron = "${touchpoint.sales.pool-cron:0 30 2 * * *}")
    void run() {
        pool.run();
    }
}
