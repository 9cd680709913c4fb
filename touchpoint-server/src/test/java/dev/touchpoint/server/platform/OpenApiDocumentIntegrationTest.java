package dev.touchpoint.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API document is one a client can be generated from: every operation has a summary, a module
 * tag, security and the problem responses it gives; and the document committed for integrators
 * ({@code docs/api/openapi.json}, from which the build generates the Java client of
 * {@code GeneratedClientIntegrationTest}) is the one the server serves. After changing the API, run
 * this test with {@code -Dopenapi.update=true} to write the new document.
 */
class OpenApiDocumentIntegrationTest extends IntegrationTestSupport {

    static final Path COMMITTED = Path.of("..", "docs", "api", "openapi.json");
    private static final Set<String> MODULE_TAGS = Set.of(
            "Cross-sell",
            "Integrations",
            "Identity",
            "Customers",
            "Commerce",
            "Touchpoints",
            "Sales",
            "Service",
            "Journey analytics",
            "Customer value");
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    void everyOperationHasASummaryATagSecurityAndItsProblemResponses() throws Exception {
        var document = served();
        assertThat(document.get("security").size()).isEqualTo(2);
        assertThat(document.get("components").get("securitySchemes").propertyNames())
                .containsExactlyInAnyOrder("basicAuth", "bearerAuth");
        assertThat(document.get("info").get("license").get("name").asString()).isNotBlank();
        assertThat(document.get("servers").size()).isPositive();
        var missing = new ArrayList<String>();
        var operations = new int[1];
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    var name = op.getKey().toUpperCase() + " " + path.getKey();
                    var operation = op.getValue();
                    operations[0]++;
                    var responses = operation.get("responses");
                    if (operation.path("summary").asString("").isBlank()) {
                        missing.add(name + ": summary");
                    }
                    if (operation.path("tags").size() != 1
                            || !MODULE_TAGS.contains(
                                    operation.get("tags").get(0).asString())) {
                        missing.add(name + ": module tag");
                    }
                    for (var status : List.of("401", "403")) {
                        if (!responses.has(status)) {
                            missing.add(name + ": " + status);
                        }
                    }
                    boolean input = operation.has("requestBody")
                            || operation.path("parameters").size() > 0;
                    if (input && !responses.has("400")) {
                        missing.add(name + ": 400");
                    }
                    if (path.getKey().contains("{") && !responses.has("404")) {
                        missing.add(name + ": 404");
                    }
                    if (operation.has("requestBody") && !(responses.has("413") && responses.has("415"))) {
                        missing.add(name + ": 413/415");
                    }
                    if (operation.has("security") && operation.get("security").isEmpty()) {
                        missing.add(name + ": security switched off");
                    }
                }));
        assertThat(missing).isEmpty();
        assertThat(operations[0]).as("operations").isGreaterThan(190);
    }

    @Test
    void theCommittedDocumentIsTheServedOne() throws Exception {
        var served = JSON.writeValueAsString(served()) + "\n";
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/api/openapi.json is out of date: run this test with -Dopenapi.update=true")
                .isEqualTo(served);
    }

    private JsonNode served() throws Exception {
        var response = get("/v3/api-docs", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
