package dev.touchpoint.analytics.journey;

import static dev.touchpoint.analytics.journey.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectJourneyTest {

    @Test
    void outOfOrderEventsAreSortedByTime() {
        SubjectJourney journey =
                SubjectJourney.of("c1", List.of(event("c1", "B", 5), event("c1", "A", 1), event("c1", "C", 9)));

        assertThat(journey.events()).extracting(JourneyEvent::touchpoint).containsExactly("A", "B", "C");
    }

    @Test
    void simultaneousEventsKeepTheirInputOrder() {
        SubjectJourney journey =
                SubjectJourney.of("c1", List.of(event("c1", "Y", 3), event("c1", "X", 3), event("c1", "W", 1)));

        assertThat(journey.events()).extracting(JourneyEvent::touchpoint).containsExactly("W", "Y", "X");
    }

    @Test
    void eventOfAnotherSubjectIsRejected() {
        assertThatThrownBy(() -> SubjectJourney.of("c1", List.of(event("c2", "A", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c2");
    }

    @Test
    void emotionOutsideTheSixLevelScaleIsRejected() {
        assertThatThrownBy(() -> event("c1", "A", 1).withEmotion(7)).isInstanceOf(IllegalArgumentException.class);
        assertThat(event("c1", "A", 1).withEmotion(6).emotionLevel()).contains(EmotionLevel.DELIGHTED);
    }

    @Test
    void consecutiveGroupingYieldsOneJourneyPerSubject() {
        Iterator<SubjectJourney> journeys =
                SubjectJourneys.groupConsecutive(List.of(event("a", "X", 2), event("a", "Y", 1), event("b", "X", 1))
                        .iterator());

        assertThat(journeys.next().events())
                .extracting(JourneyEvent::touchpoint)
                .containsExactly("Y", "X");
        assertThat(journeys.next().subjectId()).isEqualTo("b");
        assertThat(journeys.hasNext()).isFalse();
    }

    @Test
    void consecutiveGroupingRejectsASubjectThatReappears() {
        Iterator<SubjectJourney> journeys =
                SubjectJourneys.groupConsecutive(List.of(event("a", "X", 1), event("b", "X", 1), event("a", "Y", 2))
                        .iterator());
        journeys.next();
        journeys.next();

        assertThatThrownBy(journeys::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void patternFiltersCompareEventFieldsAndProperties() {
        EventPattern webPurchase = EventPattern.kind(TouchpointKind.PURCHASE)
                .where("channel", "web")
                .where("tier", "gold");
        JourneyEvent purchase = event("a", "ORDER", TouchpointKind.PURCHASE, 1)
                .withChannel("web")
                .withProperty("tier", "gold");

        assertThat(webPurchase.matches(purchase)).isTrue();
        assertThat(webPurchase.matches(purchase.withChannel("store"))).isFalse();
        assertThat(webPurchase.label()).isEqualTo("PURCHASE{channel=web, tier=gold}");
    }
}
