package dev.touchpoint.server.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.analytics.journey.SubjectJourney;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journeys an analysis sees do not depend on how the customers are split between the two readers:
 * the customer at the split point goes to the second reader, nobody is read twice or lost, and the
 * visitors are read too. Uses the spring of 2004, which no other test writes to.
 */
class JourneyReadersIntegrationTest extends JourneyTestSupport {

    @Autowired
    JourneyRepository repository;

    @Autowired
    JourneyAnalytics analytics;

    Team team;
    long a, b, c, d;
    String visitor;

    @BeforeEach
    void dataset() throws Exception {
        team = team();
        a = customer(team, unique("甲"));
        b = customer(team, unique("乙"));
        c = customer(team, unique("丙"));
        d = customer(team, unique("丁"));
        visitor = unique("walk-in-");
        new Events()
                .add(a, "SHOWROOM_ENTRY", "2004-04-01T10:00:00Z")
                .add(a, "TEST_DRIVE", "2004-04-01T11:00:00Z")
                .add(b, "SHOWROOM_ENTRY", "2004-04-02T10:00:00Z")
                .add(c, "TEST_DRIVE", "2004-04-03T09:00:00Z")
                .add(c, "SHOWROOM_ENTRY", "2004-04-02T10:00:00Z")
                .add(c, "CONTRACT", "2004-04-04T10:00:00Z")
                .add(d, "CONTRACT", "2004-04-05T10:00:00Z")
                .add(null, visitor, "SHOWROOM_ENTRY", "2004-04-06T10:00:00Z", null)
                .add(null, visitor, "RECEPTION", "2004-04-06T10:05:00Z", null)
                .post();
    }

    private Map<String, List<String>> journeys(Long split) {
        var admin = new CurrentUser(1, "admin", "Admin", Role.ADMIN, Set.of());
        var selection = EventSelection.of(
                Instant.parse("2004-04-01T00:00:00Z"), Instant.parse("2004-05-01T00:00:00Z"), EventSelection.Rows.ALL);
        return repository.withJourneys(
                selection,
                analytics.catalogue(),
                admin,
                journeys -> {
                    var seen = new TreeMap<String, List<String>>();
                    for (SubjectJourney j : journeys) {
                        assertThat(seen).as("each subject once").doesNotContainKey(j.subjectId());
                        seen.put(
                                j.subjectId(),
                                j.events().stream()
                                        .map(e -> e.touchpoint() + "@" + e.occurredAt())
                                        .toList());
                    }
                    return seen;
                },
                split);
    }

    @Test
    void everySplitGivesTheSameJourneysAsOneReader() {
        var expected = new TreeMap<String, List<String>>();
        expected.put(
                Long.toString(a), List.of("SHOWROOM_ENTRY@2004-04-01T10:00:00Z", "TEST_DRIVE@2004-04-01T11:00:00Z"));
        expected.put(Long.toString(b), List.of("SHOWROOM_ENTRY@2004-04-02T10:00:00Z"));
        expected.put(
                Long.toString(c),
                List.of(
                        "SHOWROOM_ENTRY@2004-04-02T10:00:00Z",
                        "TEST_DRIVE@2004-04-03T09:00:00Z",
                        "CONTRACT@2004-04-04T10:00:00Z"));
        expected.put(Long.toString(d), List.of("CONTRACT@2004-04-05T10:00:00Z"));
        expected.put("v:" + visitor, List.of("SHOWROOM_ENTRY@2004-04-06T10:00:00Z", "RECEPTION@2004-04-06T10:05:00Z"));
        assertThat(journeys(null)).isEqualTo(expected);
        for (long split : new long[] {a, b, c, d, d + 1}) {
            assertThat(journeys(split)).as("split at %d", split).isEqualTo(expected);
        }
    }
}
