package dev.touchpoint.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

class AuthenticationIntegrationTest extends IntegrationTestSupport {

    @Test
    void healthTellsStrangersOnlyThatTheServerIsUp() throws Exception {
        var response = get("/actuator/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void healthShowsAdministratorsTheDatabaseDiskAndDurability() throws Exception {
        var response = get("/actuator/health", admin());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"db\"")
                .contains("PostgreSQL")
                .contains("\"diskSpace\"")
                .contains("\"durability\"")
                .contains("\"fsync\"");
        var sales = send("POST", "/api/v1/users", admin(), """
                {"username":"healthy.sales","displayName":"Sales","password":"correct-horse-2","role":"SALES"}""");
        assertThat(sales.statusCode()).isEqualTo(201);
        assertThat(get("/actuator/health", basic("healthy.sales", "correct-horse-2"))
                        .body())
                .isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void apiWithoutCredentialsIsAProblem401() throws Exception {
        var response = get("/api/v1/me", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void firstStartCreatesAdminWithThePasswordFromTheEnvironment() throws Exception {
        var response = get("/api/v1/me", admin());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"admin\"").contains("\"role\":\"ADMIN\"");
    }

    @Test
    void bearerTokenAuthenticatesUntilRevoked() throws Exception {
        var created = send("POST", "/api/v1/tokens", admin(), "{\"name\":\"ci\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        var token = created.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        var id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        assertThat(token).startsWith("tp_");

        assertThat(get("/api/v1/me", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = :t")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .as("the secret itself is never stored")
                .isZero();

        assertThat(send("POST", "/api/v1/tokens/" + id + "/revoke", admin(), null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(get("/api/v1/me", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void repeatedFailedLoginsLockTheAccount() throws Exception {
        var user = send("POST", "/api/v1/users", admin(), """
                {"username":"locky","displayName":"Locky","password":"correct-horse-1","role":"SALES"}""");
        assertThat(user.statusCode()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/v1/me", basic("locky", "wrong-password")).statusCode())
                    .isEqualTo(401);
        }
        assertThat(get("/api/v1/me", basic("locky", "correct-horse-1")).statusCode())
                .as("locked even with the right password")
                .isEqualTo(401);
    }

    @Test
    void invalidUserNamesEveryBadField() throws Exception {
        var response = send("POST", "/api/v1/users", admin(), """
                {"username":"bad name!","displayName":"","password":"short","role":"SALES"}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("\"field\":\"username\"")
                .contains("\"field\":\"displayName\"")
                .contains("\"field\":\"password\"");
    }
}
