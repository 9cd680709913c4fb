package dev.touchpoint.server.journey;

import dev.touchpoint.analytics.journey.JourneyEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands events from reader threads to one analysing thread in batches, through a bounded queue (a reader
 * waits when the analysis falls behind, so memory stays flat).
 *
 * <p>Each reader gets a {@link Producer}, adds its events in subject order and calls {@link Producer#finish};
 * a producer hands over a batch only at a change of subject, so however the readers' batches interleave,
 * each subject's events stay contiguous, which is all the journey grouping needs. A failing reader calls
 * {@link #fail}. The analysis walks {@link #iterator} once and calls {@link #cancel} when it is done, which
 * makes readers still running stop with a {@link CancellationException}.
 */
final class EventFeed {

    private static final int BATCH = 2_048;
    private static final int QUEUED_BATCHES = 16;
    private static final List<JourneyEvent> END = Collections.unmodifiableList(new ArrayList<>());

    private final BlockingQueue<List<JourneyEvent>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final AtomicInteger running;
    private volatile boolean cancelled;
    private volatile Throwable failure;

    /** A feed that ends when {@code producers} producers have finished. */
    EventFeed(int producers) {
        this.running = new AtomicInteger(producers);
    }

    /** One reader's side of the feed; not shared between threads. */
    final class Producer {
        private List<JourneyEvent> batch = new ArrayList<>(BATCH);
        private String subject;

        /** Adds an event; blocks while the queue is full. */
        void put(JourneyEvent event) {
            if (batch.size() >= BATCH && !event.subjectId().equals(subject)) {
                offer(batch);
                batch = new ArrayList<>(BATCH);
            }
            subject = event.subjectId();
            batch.add(event);
        }

        /** All of this reader's events are in. */
        void finish() {
            if (!batch.isEmpty()) {
                offer(batch);
                batch = List.of();
            }
            if (running.decrementAndGet() == 0) {
                offer(END);
            }
        }
    }

    Producer producer() {
        return new Producer();
    }

    /** A reader failed; the analysis gets the failure instead of the remaining events. */
    void fail(Throwable e) {
        if (failure == null) {
            failure = e;
        }
        queue.clear(); // make room: the analysis will not need the events any more
        if (!cancelled) {
            queue.offer(END);
        }
    }

    /** Analysis: stop the readers (it is done, or it failed). */
    void cancel() {
        cancelled = true;
        queue.clear();
    }

    private void offer(List<JourneyEvent> events) {
        try {
            while (!queue.offer(events, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled || failure != null) {
                    throw new CancellationException("the analysis stopped reading");
                }
            }
            if (cancelled) {
                throw new CancellationException("the analysis stopped reading");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** Analysis: the events, each subject's contiguous and in its reader's order. */
    Iterator<JourneyEvent> iterator() {
        return new Iterator<>() {
            private List<JourneyEvent> current = List.of();
            private int next;
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (!ended && next == current.size()) {
                    List<JourneyEvent> taken;
                    try {
                        taken = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CancellationException("interrupted while waiting for events");
                    }
                    if (taken == END) {
                        ended = true;
                        rethrowFailure();
                    }
                    current = taken;
                    next = 0;
                }
                return next < current.size();
            }

            @Override
            public JourneyEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.get(next++);
            }
        };
    }

    private void rethrowFailure() {
        Throwable e = failure;
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
    }
}
