package dev.touchpoint.server.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchpoint.analytics.journey.JourneyEvent;
import dev.touchpoint.analytics.journey.SubjectJourney;
import dev.touchpoint.analytics.journey.SubjectJourneys;
import dev.touchpoint.analytics.journey.TouchpointKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class EventFeedTest {

    private static JourneyEvent event(String subject, int second) {
        return JourneyEvent.of(subject, "TP", TouchpointKind.ENTRY, Instant.ofEpochSecond(second));
    }

    /** Subjects 0..n-1 of the given prefix, with 1..7 events each (odd counts, so batches end mid-way). */
    private static void produce(EventFeed.Producer producer, String prefix, int subjects) {
        for (int s = 0; s < subjects; s++) {
            for (int e = 0; e < 1 + s % 7; e++) {
                producer.put(event(prefix + s, e));
            }
        }
        producer.finish();
    }

    @Test
    void twoReadersInterleaveWholeSubjectsSoEveryJourneyIsCompleteAndNoEventIsLost() throws Exception {
        var feed = new EventFeed(2);
        var a = feed.producer();
        var b = feed.producer();
        // enough events for many batches from each reader, read while both are producing
        var first = CompletableFuture.runAsync(() -> produce(a, "a", 20_000));
        var second = CompletableFuture.runAsync(() -> produce(b, "b", 20_000));
        var sizes = new HashMap<String, Integer>();
        // groupConsecutive fails if a subject's events were split by another reader's batch
        SubjectJourneys.groupConsecutive(feed.iterator())
                .forEachRemaining((SubjectJourney j) ->
                        sizes.put(j.subjectId(), j.events().size()));
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(sizes).hasSize(40_000);
        assertThat(sizes.get("a6")).isEqualTo(7);
        assertThat(sizes.get("b19999")).isEqualTo(1 + 19_999 % 7);
        assertThat(sizes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2 * expectedEvents(20_000));
    }

    private static int expectedEvents(int subjects) {
        int n = 0;
        for (int s = 0; s < subjects; s++) {
            n += 1 + s % 7;
        }
        return n;
    }

    @Test
    void aReaderFailureReachesTheAnalysisInsteadOfAPartialResult() {
        var feed = new EventFeed(2);
        var ok = feed.producer();
        var failing = feed.producer();
        for (int i = 0; i < 5_000; i++) {
            failing.put(event("f" + i, 0));
        }
        feed.fail(new DataAccessResourceFailureException("connection lost"));
        ok.put(event("x", 0));
        ok.finish();
        var events = feed.iterator();
        assertThatThrownBy(() -> {
                    while (events.hasNext()) {
                        events.next();
                    }
                })
                .isInstanceOf(DataAccessResourceFailureException.class)
                .hasMessageContaining("connection lost");
    }

    @Test
    void whenTheAnalysisStopsEarlyABlockedReaderStopsToo() throws Exception {
        var feed = new EventFeed(1);
        var producer = feed.producer();
        var reader = CompletableFuture.runAsync(() -> produce(producer, "s", 1_000_000));
        var events = feed.iterator();
        List<JourneyEvent> firstFew = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            firstFew.add(events.next());
        }
        feed.cancel();
        assertThatThrownBy(() -> reader.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
        assertThat(firstFew).extracting(JourneyEvent::subjectId).startsWith("s0", "s1", "s1");
    }

    @Test
    void aFeedWithoutEventsEndsAtOnce() {
        var feed = new EventFeed(2);
        feed.producer().finish();
        feed.producer().finish();
        assertThat(feed.iterator().hasNext()).isFalse();
    }
}
