package dev.touchpoint.server.crosssell;

import dev.touchpoint.server.crosssell.action.ProactiveService;
import dev.touchpoint.server.crosssell.mining.MiningService;
import dev.touchpoint.server.crosssell.need.NeedRuleRepository;
import dev.touchpoint.server.crosssell.odometer.OdometerReadingView;
import dev.touchpoint.server.crosssell.odometer.OdometerRepository;
import dev.touchpoint.server.customer.CustomersMerged;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules (the demo loader) may ask of cross-sell. */
@Service
public class CrossSellApi {

    /**
     * An odometer reading for bulk loading.
     *
     * @param customerId the customer
     * @param readOn the day
     * @param km the reading
     */
    public record Reading(long customerId, LocalDate readOn, int km) {}

    private final OdometerRepository odometer;
    private final NeedRuleRepository needs;
    private final MiningService mining;
    private final dev.touchpoint.server.crosssell.action.ActionMerges merges;
    private final ProactiveService proactive;

    CrossSellApi(
            OdometerRepository odometer,
            NeedRuleRepository needs,
            MiningService mining,
            dev.touchpoint.server.crosssell.action.ActionMerges merges,
            ProactiveService proactive) {
        this.odometer = odometer;
        this.needs = needs;
        this.mining = mining;
        this.merges = merges;
        this.proactive = proactive;
    }

    /**
     * Runs proactive service as the daily job would at {@code at}: due service needs become reminders
     * through the over-service guard or tasks (demo loader). Returns the number of service needs due.
     */
    public int proactiveServiceAt(java.time.Instant at) {
        return proactive.run(at).due();
    }

    /** Stores odometer readings of service visits (demo data); no access check. */
    @Transactional
    public void loadReadings(List<Reading> readings) {
        odometer.insertAll(readings.stream()
                .map(r -> new OdometerReadingView(0, r.customerId(), r.readOn(), r.km(), null, "DEMO", "system"))
                .toList());
    }

    /** Adds the dealership's ready-made need rules not there yet; returns how many were added. */
    public int applyDealershipNeedRules() {
        return needs.applyDealershipTemplates();
    }

    /**
     * Makes sure a mining run as of {@code asOf} has finished: waits for the one a value run started,
     * or runs one in the calling thread (demo loader, after its value run).
     */
    public void mineNow(LocalDate asOf) {
        mining.awaitIdle(java.time.Duration.ofMinutes(10));
        if (mining.latest().filter(r -> r.asOf().equals(asOf)).isEmpty()) {
            mining.runNow(asOf);
        }
    }

    @EventListener
    void merged(CustomersMerged event) {
        odometer.merge(event.survivorId(), event.mergedId());
        merges.merge(event.survivorId(), event.mergedId());
    }
}
