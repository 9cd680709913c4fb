package dev.touchpoint.server.integration;

import dev.touchpoint.server.integration.webhook.SubscriptionService;
import org.springframework.stereotype.Service;

/** The integration module's public face: the demo business's example subscriptions. */
@Service
public class IntegrationApi {

    private final SubscriptionService subscriptions;

    IntegrationApi(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    /**
     * Adds the demo's two example subscriptions, paused (the demo's addresses do not exist): the
     * dealer DMS's signed order feed, and the 浦东 store's WeCom group robot for VIP and key-customer
     * warnings, SLAs about to break and assigned leads, quiet from 21:00 to 08:00.
     */
    public void loadDemo(long adminId, Long pudongTeamId, Long pudongManagerId) {
        subscriptions.loadDemoUnchecked(adminId, pudongTeamId, pudongManagerId);
    }
}
