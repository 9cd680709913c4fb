package dev.touchpoint.server.integration.webhook;

/**
 * A subscription just created (or whose secret was just rotated), with its signing secret — shown this
 * once and never again.
 */
public record CreatedSubscription(SubscriptionView subscription, String secret) {}
