package dev.touchpoint.server.touchpoint;

import dev.touchpoint.server.IntegrationTestSupport;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.NewUser;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.touchpoint.catalogue.CatalogueTemplates;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Fixtures for touchpoint tests: the dealership catalogue, uniquely named teams, users and customers. */
public abstract class TouchpointTestSupport extends IntegrationTestSupport {

    public static final String PASSWORD = "password-123456";
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
    protected void catalogue() {
        touchpoints.applyTemplate(CatalogueTemplates.DEALERSHIP);
    }

    protected static String unique(String prefix) {
        return prefix + SEQ.incrementAndGet();
    }

    protected Team team() {
        return identity.createTeamUnchecked(unique("store-"), Team.Kind.SITE);
    }

    /** Creates a user and returns their Basic authorization header. */
    protected String user(Role role, Team team) {
        var name = unique(role.name().toLowerCase() + ".");
        identity.createUserUnchecked(
                new NewUser(name, name, null, PASSWORD, role, team == null ? Set.of() : Set.of(team.id())));
        return basic(name, PASSWORD);
    }

    protected long customer(Team team) {
        return customers
                .insertAll(List.of(new NewCustomer(
                        CustomerKind.PERSON,
                        unique("客户"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        team == null ? null : team.id(),
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

    protected JsonNode body(java.net.http.HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    protected java.net.http.HttpResponse<String> post(String path, String auth, String contentType, String body)
            throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(uri(path))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .header("Authorization", auth)
                .build();
        return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    protected long count(String sql, Object... params) {
        var q = jdbc.sql(sql);
        for (var p : params) {
            q = q.param(p);
        }
        return q.query(Long.class).single();
    }
}
