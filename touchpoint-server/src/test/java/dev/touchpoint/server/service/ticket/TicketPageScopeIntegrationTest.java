package dev.touchpoint.server.service.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.service.ServiceWebSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The page of a ticket outside the reader's scope is the friendly 403 page, not a 500. */
class TicketPageScopeIntegrationTest extends ServiceWebSupport {

    @Test
    void aTicketOfAnotherTeamIsForbiddenNotAnError() throws Exception {
        var json = JsonMapper.builder().build();
        var n = UUID.randomUUID().toString().substring(0, 8);
        long mine = json.readTree(
                        send("POST", "/api/v1/teams", admin(), "{\"name\":\"svc-a-" + n + "\",\"kind\":\"SITE\"}")
                                .body())
                .get("id")
                .asLong();
        long theirs = json.readTree(
                        send("POST", "/api/v1/teams", admin(), "{\"name\":\"svc-b-" + n + "\",\"kind\":\"SITE\"}")
                                .body())
                .get("id")
                .asLong();
        long customer = json.readTree(send(
                                "POST",
                                "/api/v1/customers",
                                admin(),
                                "{\"kind\":\"PERSON\",\"name\":\"别店客户\",\"teamId\":" + theirs + "}")
                        .body())
                .get("id")
                .asLong();
        var ticket = send(
                "POST",
                "/api/v1/service/tickets",
                admin(),
                "{\"customerId\":" + customer + ",\"type\":\"QUESTION\",\"subject\":\"保养预约\"}");
        assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);
        long id = json.readTree(ticket.body()).get("ticket").get("id").asLong();
        assertThat(send("POST", "/api/v1/users", admin(), """
                {"username":"svc.%s","displayName":"Svc","password":"service-pass-12","role":"SERVICE","teamIds":[%d]}""".formatted(n, mine))
                        .statusCode())
                .isEqualTo(201);

        var client = loginWithForm("svc." + n, "service-pass-12");
        var page = browse(client, "/service/tickets/" + id);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You are not allowed to see this page or record.");
    }
}
