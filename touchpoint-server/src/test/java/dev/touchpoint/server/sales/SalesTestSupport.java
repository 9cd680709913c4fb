package dev.touchpoint.server.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.NewUser;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Helpers for sales tests: a team with a rep, a second rep and a manager; uploads; downloads. */
public abstract class SalesTestSupport extends IntegrationTestSupport {

    public static final String PASSWORD = "sales-test-pass-2";

    @Autowired
    public IdentityApi identity;

    @Autowired
    protected ObjectMapper json;

    public record Crew(long team, String teamName, String rep, long repId, String manager, long managerId) {}

    protected Crew crew() {
        var n = UUID.randomUUID().toString().substring(0, 8);
        var team = identity.createTeamUnchecked("销售组-" + n, Team.Kind.SALES_GROUP);
        var rep = identity.createUserUnchecked(
                new NewUser("srep" + n, "Rep " + n, null, PASSWORD, Role.SALES, Set.of(team.id())));
        var manager = identity.createUserUnchecked(
                new NewUser("smgr" + n, "Manager " + n, null, PASSWORD, Role.MANAGER, Set.of(team.id())));
        return new Crew(team.id(), team.name(), rep.username(), rep.id(), manager.username(), manager.id());
    }

    protected static String as(String user) {
        return basic(user, PASSWORD);
    }

    /** A unique 11-digit mobile number. */
    protected static String mobile() {
        return "137" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    protected JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }

    protected HttpResponse<String> upload(String path, String authorization, String fileName, byte[] content)
            throws Exception {
        var boundary = "----tp" + UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        var request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<byte[]> download(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", authorization)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Leads stored with this phone, any owner. */
    protected java.util.List<java.util.Map<String, Object>> leadsWithPhone(String phone) {
        return jdbc.sql("SELECT * FROM sales_lead WHERE phone = :p ORDER BY id")
                .param("p", phone)
                .query()
                .listOfRows();
    }
}
