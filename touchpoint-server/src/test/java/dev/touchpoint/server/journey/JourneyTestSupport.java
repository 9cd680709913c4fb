package dev.touchpoint.server.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.NewUser;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Fixtures for journey analytics tests: the dealership catalogue, a uniquely named team with its own
 * customers, users, and events posted through the real event API. Each test uses its own team and a
 * period no other test writes to, so shared tables do not disturb the hand-computed figures.
 */
abstract class JourneyTestSupport extends IntegrationTestSupport {

    static final String PASSWORD = "password-123456";
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    protected IdentityApi identity;

    @Autowired
    protected CustomerApi customers;

    @Autowired
    protected TouchpointApi touchpoints;

    @Autowired
    protected ObjectMapper json;

    @BeforeEach
    void catalogue() {
        touchpoints.applyTemplate("DEALERSHIP");
    }

    static String unique(String prefix) {
        return prefix + SEQ.incrementAndGet();
    }

    Team team() {
        return identity.createTeamUnchecked(unique("journey-"), Team.Kind.SITE);
    }

    /** Creates a user; returns the username (password {@link #PASSWORD}). */
    String user(Role role, Team team) {
        var name = unique(role.name().toLowerCase() + ".j");
        identity.createUserUnchecked(
                new NewUser(name, name, null, PASSWORD, role, team == null ? Set.of() : Set.of(team.id())));
        return name;
    }

    String auth(String username) {
        return basic(username, PASSWORD);
    }

    long customer(Team team, String name) {
        return customers
                .insertAll(List.of(new NewCustomer(
                        CustomerKind.PERSON,
                        name,
                        "138 0000 " + (1000 + SEQ.get() % 9000),
                        null,
                        null,
                        null,
                        null,
                        team.id(),
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .get(0);
    }

    /** Collects events and posts them in one batch through {@code POST /api/v1/events}. */
    final class Events {
        private final List<String> rows = new ArrayList<>();

        Events add(Long customer, String visitor, String touchpoint, String at, Integer emotion) {
            return add(customer, visitor, touchpoint, at, emotion, null);
        }

        Events add(Long customer, String visitor, String touchpoint, String at, Integer emotion, String attributes) {
            var sb = new StringBuilder("{\"eventId\":\"")
                    .append(unique("jt-"))
                    .append("\",\"touchpoint\":\"")
                    .append(touchpoint)
                    .append("\",\"occurredAt\":\"")
                    .append(at)
                    .append('"');
            if (customer != null) {
                sb.append(",\"customerId\":").append(customer);
            }
            if (visitor != null) {
                sb.append(",\"visitorId\":\"").append(visitor).append('"');
            }
            if (emotion != null) {
                sb.append(",\"emotion\":").append(emotion);
            }
            if (attributes != null) {
                sb.append(",\"attributes\":").append(attributes);
            }
            rows.add(sb.append('}').toString());
            return this;
        }

        /** An event as its JSON object, for fields the other methods do not set (zone, product, duration). */
        Events raw(String event) {
            rows.add(event);
            return this;
        }

        Events add(long customer, String touchpoint, String at) {
            return add(customer, null, touchpoint, at, null);
        }

        void post() throws Exception {
            var response = send("POST", "/api/v1/events", admin(), "[" + String.join(",", rows) + "]");
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
        }
    }

    JsonNode body(java.net.http.HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
