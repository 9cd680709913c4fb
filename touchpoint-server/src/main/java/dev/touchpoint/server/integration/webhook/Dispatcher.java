package dev.touchpoint.server.integration.webhook;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The outbox's sending side: one loop that claims due deliveries (woken after every commit that wrote
 * one, else every {@code poll-interval} or when the next retry falls due) and sends them on a few
 * threads. A claimed delivery is leased for the attempt; should the server die mid-attempt, the lease
 * runs out and the delivery is sent again — so every message arrives at least once, and receivers drop
 * repeats by {@code webhook-id}.
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final ObjectProvider<Sender> sender;
    private final ObjectProvider<OutboxWriter> outbox;
    private final SecretBox secrets;
    private final IntegrationProperties properties;
    private final Object signal = new Object();
    private volatile boolean woken;
    private volatile boolean stopping;
    private Thread loop;
    private ExecutorService pool;

    Dispatcher(
            DeliveryRepository deliveries,
            SubscriptionRepository subscriptions,
            ObjectProvider<Sender> sender,
            ObjectProvider<OutboxWriter> outbox,
            SecretBox secrets,
            IntegrationProperties properties) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.outbox = outbox;
        this.secrets = secrets;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!properties.dispatch() || loop != null) {
            return;
        }
        pool = Executors.newFixedThreadPool(properties.threads(), r -> {
            var t = new Thread(r, "webhook-sender");
            t.setDaemon(true);
            return t;
        });
        loop = new Thread(this::run, "webhook-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        stopping = true;
        wake();
        if (loop != null) {
            loop.join(5000);
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        while (!stopping) {
            try {
                int sent = dispatchOnce();
                if (sent == 0) {
                    sleepUntilDue();
                }
            } catch (RuntimeException e) {
                // the database restarting, say: keep the loop alive and try again shortly
                log.warn("webhook dispatch failed, retrying: {}", e.getMessage());
                sleep(properties.pollInterval());
            }
        }
    }

    /** Claims one batch and sends it; returns how many were attempted. */
    int dispatchOnce() {
        var lease =
                properties.requestTimeout().plus(properties.connectTimeout()).plusSeconds(30);
        var batch = deliveries.claim(properties.threads() * 4, lease);
        if (batch.isEmpty()) {
            return 0;
        }
        // one read of the subscriptions, and one opening of each one's URL and secret, per batch
        var targets = new java.util.HashMap<Long, Target>();
        for (var s : subscriptions.list()) {
            targets.put(s.id(), new Target(s, secrets.open(s.urlSealed()), secrets.open(s.secretSealed())));
        }
        var running = new ArrayList<Future<?>>();
        for (var d : batch) {
            var target = targets.get(d.subscriptionId());
            if (target != null) { // else deleted meanwhile, its deliveries with it
                running.add(pool.submit(() -> attempt(d, target)));
            }
        }
        for (var f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return batch.size();
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("webhook attempt failed unexpectedly", e.getCause());
            }
        }
        return batch.size();
    }

    /** A subscription with its URL and secret opened. */
    private record Target(Subscription subscription, String url, String secret) {}

    private void attempt(Delivery d, Target target) {
        var s = target.subscription();
        var at = Instant.now();
        Sender.Outcome outcome;
        try {
            outcome = sender.getObject().send(s, d, target.url(), target.secret());
        } catch (RuntimeException e) {
            outcome = new Sender.Outcome(
                    Sender.Verdict.RETRY, null, "could not prepare the message: " + e.getMessage(), 0, null, null);
        }
        deliveries.recordAttempt(d.id(), at, outcome.status(), outcome.error(), outcome.millis(), outcome.response());
        switch (outcome.verdict()) {
            case DELIVERED -> deliveries.delivered(d.id(), outcome.status(), outcome.millis());
            case DEAD -> deliveries.dead(d.id(), outcome.status(), outcome.error(), outcome.millis());
            case RETRY -> {
                if (d.attempts() >= properties.maxAttempts()) {
                    deliveries.dead(
                            d.id(),
                            outcome.status(),
                            outcome.error() + " (gave up after " + d.attempts() + " attempts)",
                            outcome.millis());
                    log.warn("webhook {} to subscription {} dead-lettered: {}", d.messageId(), s.id(), outcome.error());
                } else {
                    var delay = backoff(d.attempts());
                    if (outcome.retryAfter() != null && outcome.retryAfter().compareTo(delay) > 0) {
                        delay = outcome.retryAfter();
                    }
                    var next = outbox.getObject().notQuiet(s, Instant.now().plus(delay));
                    deliveries.retryAt(d.id(), next, outcome.status(), outcome.error(), outcome.millis());
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    /** The wait after the {@code attempt}-th failure: the configured delay, ± the jitter share. */
    Duration backoff(int attempt) {
        var base = properties
                .retryDelays()
                .get(Math.min(attempt, properties.retryDelays().size()) - 1);
        double factor =
                1 + properties.jitter() * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(base.toMillis() * factor)));
    }

    private void sleepUntilDue() {
        var wait = properties.pollInterval();
        try {
            var due = deliveries.nextDue();
            if (due.isPresent()) {
                var untilDue = Duration.between(Instant.now(), due.get());
                if (untilDue.compareTo(wait) < 0) {
                    wait = untilDue.isNegative() ? Duration.ofMillis(10) : untilDue.plusMillis(5);
                }
            }
        } catch (RuntimeException e) {
            // fall back to the poll interval
        }
        sleep(wait);
    }

    private void sleep(Duration wait) {
        synchronized (signal) {
            if (!woken && !stopping) {
                try {
                    signal.wait(Math.max(1, wait.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopping = true;
                }
            }
            woken = false;
        }
    }
}
