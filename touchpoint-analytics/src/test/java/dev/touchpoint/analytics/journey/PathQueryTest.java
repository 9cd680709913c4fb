package dev.touchpoint.analytics.journey;

import static dev.touchpoint.analytics.journey.Events.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathQueryTest {

    private static List<SubjectJourney> journeys() {
        return List.of(
                path("s1", "SHOWROOM", 0, "TEST_DRIVE", 1, "ORDER", 2),
                path("s2", "SHOWROOM", 0, "TEST_DRIVE", 1, "ORDER", 2),
                path("s3", "SHOWROOM", 0, "TEST_DRIVE", 1),
                path("s4", "SHOWROOM", 0, "CAFE", 1, "TEST_DRIVE", 2),
                path("s5", "AD", 0, "SHOWROOM", 1, "SHOWROOM", 2, "PRICE", 3),
                path("s6", "AD", 0));
    }

    @Test
    void pathsFromAnchorBecomeSankeyWithLeftNodeAndOtherGrouping() {
        // Paths (s5 collapsed to SHOWROOM PRICE; s6 has no anchor):
        //   S TD ORDER ×2, S TD left, S CAFE TD, S PRICE left.
        // Step 1→2 top 1: S→TD (3); CAFE, PRICE → 2:other.
        // Step 2→3 (links into left not ranked): TD→ORDER 2 kept, other→TD 1 → 3:other.
        PathResult result = PathQuery.from("SHOWROOM", 3).withTopK(1).analyze(journeys());

        assertThat(result.subjects()).isEqualTo(5);
        assertThat(result.nodes())
                .extracting(PathNode::id, PathNode::subjects)
                .containsExactly(
                        tuple("1:SHOWROOM", 5L),
                        tuple("2:TEST_DRIVE", 3L),
                        tuple("2:other", 2L),
                        tuple("3:ORDER", 2L),
                        tuple("3:left", 2L),
                        tuple("3:other", 1L));
        assertThat(result.links())
                .extracting(PathLink::source, PathLink::target, PathLink::subjects)
                .containsExactly(
                        tuple("1:SHOWROOM", "2:TEST_DRIVE", 3L), tuple("1:SHOWROOM", "2:other", 2L),
                        tuple("2:TEST_DRIVE", "3:ORDER", 2L), tuple("2:TEST_DRIVE", "3:left", 1L),
                        tuple("2:other", "3:left", 1L), tuple("2:other", "3:other", 1L));
        assertThat(result.topPaths()).containsExactly(new PathCount(List.of("SHOWROOM", "TEST_DRIVE", "ORDER"), 2));
    }

    @Test
    void repeatsAreKeptWhenCollapsingIsOff() {
        PathResult result = PathQuery.from("SHOWROOM", 3)
                .withCollapseRepeats(false)
                .analyze(List.of(path("s5", "SHOWROOM", 1, "SHOWROOM", 2, "PRICE", 3)));

        assertThat(result.topPaths().get(0).nodes()).containsExactly("SHOWROOM", "SHOWROOM", "PRICE");
    }

    @Test
    void pathsEndingAtAnchorPutTheAnchorAtTheLastStep() {
        // s1: SHOWROOM TEST_DRIVE ORDER → steps 1..3; s7: TEST_DRIVE ORDER → steps 2..3.
        PathResult result = PathQuery.to("ORDER", 3)
                .analyze(List.of(
                        path("s1", "SHOWROOM", 0, "TEST_DRIVE", 1, "ORDER", 2),
                        path("s7", "TEST_DRIVE", 0, "ORDER", 1)));

        assertThat(result.nodes())
                .extracting(PathNode::id, PathNode::subjects)
                .containsExactly(tuple("1:SHOWROOM", 1L), tuple("2:TEST_DRIVE", 2L), tuple("3:ORDER", 2L));
        assertThat(result.links()).extracting(PathLink::subjects).containsExactly(1L, 2L);
    }

    @Test
    void zoneKeyedPathsSkipEventsWithoutZone() {
        SubjectJourney walk = Events.journey(
                "v",
                Events.event("v", "DOOR", 0).withZone("entrance"),
                Events.event("v", "CALL", 1),
                Events.event("v", "SUV_STAND", 2).withZone("suv"));

        PathResult result =
                PathQuery.from("entrance", 2).withNodeKey(PathNodeKey.ZONE).analyze(List.of(walk));

        assertThat(result.links()).containsExactly(new PathLink("1:entrance", "2:suv", 1));
    }
}
