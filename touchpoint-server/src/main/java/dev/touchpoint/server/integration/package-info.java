/**
 * Outbound integrations: subscriptions of other systems (signed webhooks per the Standard Webhooks
 * scheme) and of work-chat robots (WeCom 企业微信, DingTalk 钉钉, Feishu 飞书) to the changes the other
 * modules publish as {@link dev.touchpoint.server.platform.OutboundEvent}s.
 *
 * <p>The outbox: a synchronous listener writes one delivery row per matching subscription in the
 * transaction of the change (so a delivery exists exactly when the change committed); a dispatcher
 * sends due deliveries after commit, retries timeouts, connection errors, 429 and 5xx with exponential
 * backoff and jitter for about 27 hours, then dead-letters them; every attempt is logged. Deliveries
 * about the same customer leave in the order they were made. Only the demo loader uses it (its
 * {@link dev.touchpoint.server.integration.IntegrationApi}); the other modules just publish events.
 *
 * <p>Everything else is internal ({@code webhook}); migrations in {@code db/migration/integration},
 * templates in {@code templates/integration}, messages in {@code i18n/integration}.
 */
package dev.touchpoint.server.integration;
