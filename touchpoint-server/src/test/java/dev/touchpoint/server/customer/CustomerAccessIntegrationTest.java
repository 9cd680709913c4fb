package dev.touchpoint.server.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Record-level access: a customer of team A seen by every role of team B, through the API and the UI. */
class CustomerAccessIntegrationTest extends CustomerTestSupport {

    long teamA;
    long teamB;
    String owner;
    long customerId;
    String marker;

    @BeforeEach
    void customerOfTeamA() throws Exception {
        teamA = createTeam(unique("4S店A"));
        teamB = createTeam(unique("4S店B"));
        owner = unique("ownerA");
        createUser(owner, "SALES", teamA);
        marker = unique("scope");
        customerId = createCustomer(auth(owner), "{\"kind\":\"PERSON\",\"name\":\"韩梅梅" + marker + "\"}")
                .get("id")
                .asLong();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SALES", "SERVICE", "MANAGER"})
    void otherTeamsCannotReadChangeDeleteOrFindIt(String role) throws Exception {
        var outsider = unique(role.toLowerCase());
        createUser(outsider, role, teamB);

        assertThat(get("/api/v1/customers/" + customerId, auth(outsider)).statusCode())
                .isEqualTo(403);
        assertThat(send(
                                "PUT",
                                "/api/v1/customers/" + customerId,
                                auth(outsider),
                                "{\"kind\":\"PERSON\",\"name\":\"hijack\",\"version\":0}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/customers/" + customerId, auth(outsider), null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/customers/" + customerId + "/notes", auth(outsider))
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/customers/" + customerId + "/timeline", auth(outsider))
                        .statusCode())
                .isEqualTo(403);
        var list =
                read(get("/api/v1/customers?q=" + enc(marker), auth(outsider)).body());
        assertThat(list.get("total").asLong()).isZero();
        assertThat(list.get("items")).isEmpty();

        var browser = loginWithForm(outsider, PASSWORD);
        var page = browse(browser, "/customers/" + customerId);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("韩梅梅");
        assertThat(browse(browser, "/customers/" + customerId + "/edit").statusCode())
                .isEqualTo(403);
        assertThat(browse(browser, "/customers?q=" + enc(marker)).body()).doesNotContain("韩梅梅");

        assertThat(get("/api/v1/customers/" + customerId, admin()).body())
                .as("nothing changed")
                .contains("韩梅梅");
    }

    @Test
    void teamMatesAndTheirManagerSeeIt() throws Exception {
        var mate = unique("mate");
        createUser(mate, "SERVICE", teamA);
        var manager = unique("mgrA");
        createUser(manager, "MANAGER", teamA);
        for (var user : new String[] {mate, manager}) {
            assertThat(get("/api/v1/customers/" + customerId, auth(user)).statusCode())
                    .isEqualTo(200);
            assertThat(read(get("/api/v1/customers?q=" + enc(marker), auth(user))
                                    .body())
                            .get("total")
                            .asLong())
                    .isEqualTo(1);
        }
        var browser = loginWithForm(mate, PASSWORD);
        var page = browse(browser, "/customers/" + customerId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"customer-360\"").contains("韩梅梅" + marker);
    }

    @Test
    void analystsReadEverythingButChangeNothing() throws Exception {
        var analyst = unique("analyst");
        createUser(analyst, "ANALYST", teamB);
        assertThat(get("/api/v1/customers/" + customerId, auth(analyst)).statusCode())
                .isEqualTo(200);
        assertThat(read(get("/api/v1/customers?q=" + enc(marker), auth(analyst)).body())
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(send(
                                "PUT",
                                "/api/v1/customers/" + customerId,
                                auth(analyst),
                                "{\"kind\":\"PERSON\",\"name\":\"x\",\"version\":0}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("DELETE", "/api/v1/customers/" + customerId, auth(analyst), null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/v1/customers", auth(analyst), "{\"kind\":\"PERSON\",\"name\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void salesOwnWhatTheyCreateAndCannotAssignToOthers() throws Exception {
        var sales = unique("salesB");
        long salesId = createUser(sales, "SALES", teamB);
        var mine = createCustomer(auth(sales), "{\"kind\":\"PERSON\",\"name\":\"" + unique("自己的") + "\"}");
        assertThat(mine.get("ownerId").asLong()).isEqualTo(salesId);
        assertThat(mine.get("teamId").asLong()).isEqualTo(teamB);

        var ownerId = read(get("/api/v1/customers/" + customerId, admin()).body())
                .get("ownerId")
                .asLong();
        assertThat(send(
                                "POST",
                                "/api/v1/customers",
                                auth(sales),
                                "{\"kind\":\"PERSON\",\"name\":\"x\",\"ownerId\":" + ownerId + "}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(
                                "POST",
                                "/api/v1/customers",
                                auth(sales),
                                "{\"kind\":\"PERSON\",\"name\":\"x\",\"teamId\":" + teamA + "}")
                        .statusCode())
                .isEqualTo(403);

        var managerB = unique("mgrB");
        createUser(managerB, "MANAGER", teamB);
        var assigned = createCustomer(
                auth(managerB),
                "{\"kind\":\"PERSON\",\"name\":\"分配的\",\"ownerId\":" + salesId + ",\"teamId\":" + teamB + "}");
        assertThat(assigned.get("ownerId").asLong()).isEqualTo(salesId);
        assertThat(send(
                                "POST",
                                "/api/v1/customers",
                                auth(managerB),
                                "{\"kind\":\"PERSON\",\"name\":\"x\",\"ownerId\":" + ownerId + "}")
                        .statusCode())
                .as("a manager may not assign to users outside their teams")
                .isEqualTo(403);
    }
}
