package dev.touchpoint.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Builds and loads the touchpoint demo history for the default 5,000 customers once and prints the
 * volume and times (not run by default): {@code ./mvnw -B -o -pl touchpoint-server -am verify
 * -Dit.test=DemoJourneysMeasurement -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DemoJourneysMeasurement extends IntegrationTestSupport {

    @Autowired
    IdentityApi identity;

    @Autowired
    CustomerApi customers;

    @Autowired
    TouchpointApi touchpoints;

    @Test
    void loadsAYearOfJourneys() {
        var now = Instant.now();
        var data = new DemoGenerator(20261125L, now).generate(5000);
        var teamIds = new HashMap<String, Long>();
        for (var team : data.teams()) {
            teamIds.put(
                    team.key(),
                    identity.createTeamUnchecked(team.name() + " " + System.nanoTime(), team.kind())
                            .id());
        }
        var ids = customers.insertAll(data.customers().stream()
                .map(c -> new NewCustomer(
                        c.organisation() ? CustomerKind.ORGANISATION : CustomerKind.PERSON,
                        c.name(),
                        null,
                        null,
                        c.tier(),
                        c.source(),
                        null,
                        teamIds.get(c.teamKey()),
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        c.acquiredAt()))
                .toList());
        long t0 = System.nanoTime();
        var journeys = new DemoJourneys(20261125L, now).build(data, ids, teamIds);
        long t1 = System.nanoTime();
        touchpoints.loadDemo(journeys);
        long t2 = System.nanoTime();
        System.out.printf(
                "%nDEMO journeys: %,d events, %,d identified visitors, %d audits; built in %d ms, "
                        + "loaded in %d ms%n%n",
                journeys.events().size(),
                journeys.identities().size(),
                journeys.audits().size(),
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000);
        assertThat(journeys.events()).hasSizeBetween(300_000, 600_000);
    }
}
