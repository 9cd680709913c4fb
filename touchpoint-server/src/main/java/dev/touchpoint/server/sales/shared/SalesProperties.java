package dev.touchpoint.server.sales.shared;

import dev.touchpoint.server.sales.SalesStage;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code touchpoint.sales.*}.
 *
 * @param poolCron when the pool rules run (default 02:30 every night)
 * @param engagedDays a buying-centre member contacted within this many days counts as engaged
 * @param decisionMakerStage from this stage on, an unmet decision maker raises a warning
 * @param upcomingDays how many days ahead "My day" lists upcoming follow-ups
 * @param webFormDailyLimit how many leads the public web form accepts per phone number and calendar day
 */
@ConfigurationProperties("touchpoint.sales")
public record SalesProperties(
        String poolCron, int engagedDays, SalesStage decisionMakerStage, int upcomingDays, int webFormDailyLimit) {

    public SalesProperties {
        if (poolCron == null || poolCron.isBlank()) {
            poolCron = "0 30 2 * * *";
        }
        if (engagedDays <= 0) {
            engagedDays = 30;
        }
        if (decisionMakerStage == null) {
            decisionMakerStage = SalesStage.TECHNICAL;
        }
        if (upcomingDays <= 0) {
            upcomingDays = 7;
        }
        if (webFormDailyLimit <= 0) {
            webFormDailyLimit = 3;
        }
    }
}
