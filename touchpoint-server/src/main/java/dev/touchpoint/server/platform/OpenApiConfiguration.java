package dev.touchpoint.server.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document integrators generate clients from ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}): licence and server, the two security schemes (HTTP Basic and the bearer
 * API token) applied to every operation, one tag per module, and on each operation the RFC 9457
 * problem responses it can give — 400 with {@code errors} where it takes input, 401 and 403
 * everywhere, 404 for a path naming a record, 409 for changes, 412 for versioned updates, 413 and 415
 * where it takes a body. Every operation's summary is written on its controller method.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM_JSON = "application/problem+json";

    /** Module package → tag name and what the module is for. */
    private static final Map<String, String[]> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("identity", new String[] {"Identity", "Users, teams, API tokens and the audit log"});
        MODULES.put(
                "customer", new String[] {"Customers", "People and organisations, contacts, consent, notes, tiers"});
        MODULES.put(
                "commerce",
                new String[] {"Commerce", "Products, orders, receivables, credit limits, plans and budgets"});
        MODULES.put(
                "touchpoint", new String[] {"Touchpoints", "Catalogue, event ingestion, identities, audits, surveys"});
        MODULES.put("sales", new String[] {"Sales", "Leads, follow-ups, the public pool, key-account opportunities"});
        MODULES.put("service", new String[] {"Service", "Tickets, SLA, care plans, the over-service guard, metrics"});
        MODULES.put("journey", new String[] {"Journey analytics", "Funnels, paths, zones, emotion, peak-end, voice"});
        MODULES.put("insight", new String[] {"Customer value", "Dashboards, the value engine, warnings and win-back"});
        MODULES.put("crosssell", new String[] {
            "Cross-sell", "Association and sequential rules, need rules, next best actions, call lists"
        });
        MODULES.put("integration", new String[] {
            "Integrations", "Signed webhooks and work-chat robots (WeCom, DingTalk, Feishu), delivery logs, resend"
        });
    }

    @Bean
    OpenAPI touchpointOpenApi() {
        var components = new Components()
                .addSecuritySchemes(
                        "basicAuth",
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("The user's username and password"))
                .addSecuritySchemes(
                        "bearerAuth",
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("tp_… personal API token")
                                .description(
                                        "A personal API token (your name → API tokens), optionally read-only or events-only"));
        problemSchemas(components);
        var tags = MODULES.values().stream()
                .map(m -> new Tag().name(m[0]).description(m[1]))
                .toList();
        return new OpenAPI()
                .info(new Info()
                        .title("Touchpoint API")
                        .version("v1")
                        .description("Touchpoint, the touchpoint-centred CRM: customers, commerce, touchpoint events, "
                                + "sales, service, journey analytics and customer value. Errors are RFC 9457 problem "
                                + "details (application/problem+json).")
                        .license(new License()
                                .name("Apache License 2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                .servers(List.of(new Server().url("/").description("The server this document was read from")))
                .components(components)
                .tags(tags)
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"))
                .addSecurityItem(new SecurityRequirement().addList("bearerAuth"));
    }

    /**
     * Tags each operation with its module and names it after its controller and method
     * ({@code CustomerRestController.create} → {@code customerCreate}), so that generated clients have
     * stable, readable method names.
     */
    @Bean
    OperationCustomizer moduleTags() {
        return (operation, handler) -> {
            var name = handler.getBeanType().getPackageName();
            for (var module : MODULES.entrySet()) {
                if (name.startsWith("dev.touchpoint.server." + module.getKey())) {
                    operation.setTags(List.of(module.getValue()[0]));
                }
            }
            operation.setOperationId(operationId(handler));
            return operation;
        };
    }

    private static String operationId(org.springframework.web.method.HandlerMethod handler) {
        var controller = handler.getBeanType()
                .getSimpleName()
                .replace("RestController", "")
                .replace("Controller", "");
        var method = handler.getMethod().getName();
        long sameName = java.util.Arrays.stream(handler.getBeanType().getDeclaredMethods())
                .filter(m -> m.getName().equals(method) && !m.isSynthetic())
                .count();
        var verb = sameName < 2
                ? ""
                : java.util.Arrays.stream(handler.getMethod().getAnnotations())
                        .map(a -> a.annotationType().getSimpleName())
                        .filter(a -> a.endsWith("Mapping"))
                        .map(a -> a.replace("Mapping", ""))
                        .findFirst()
                        .orElse("");
        return Character.toLowerCase(controller.charAt(0))
                + controller.substring(1)
                + Character.toUpperCase(method.charAt(0))
                + method.substring(1)
                + verb;
    }

    /** The problem responses each operation can give, and operations sorted for a stable document. */
    @Bean
    OpenApiCustomizer openApiProblemResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        addProblems(path, method, operation);
                        namedUpload(operation);
                    }));
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                openApi.getComponents()
                        .setSchemas(new TreeMap<>(openApi.getComponents().getSchemas()));
            }
        };
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        boolean body = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean input = body || !parameters.isEmpty();
        boolean record = path.contains("{");
        respond(operation, "400", input, "BadRequest");
        respond(operation, "401", true, "Unauthorized");
        respond(operation, "403", true, "Forbidden");
        respond(operation, "404", record, "NotFound");
        respond(operation, "409", method != PathItem.HttpMethod.GET, "Conflict");
        respond(operation, "412", method == PathItem.HttpMethod.PUT, "PreconditionFailed");
        respond(operation, "413", body, "ContentTooLarge");
        respond(operation, "415", body, "UnsupportedMediaType");
    }

    /** File uploads share one named schema, {@code FileUpload} (generators handle it better than inline ones). */
    private static void namedUpload(Operation operation) {
        var body = operation.getRequestBody();
        if (body == null || body.getContent() == null || body.getContent().get("multipart/form-data") == null) {
            return;
        }
        var multipart = body.getContent().get("multipart/form-data");
        var properties =
                multipart.getSchema() == null ? null : multipart.getSchema().getProperties();
        if (properties != null && properties.size() == 1 && properties.containsKey("file")) {
            multipart.setSchema(new Schema<>().$ref("#/components/schemas/FileUpload"));
        }
    }

    private static void respond(Operation operation, String status, boolean applies, String component) {
        if (applies
                && (operation.getResponses() == null
                        || !operation.getResponses().containsKey(status))) {
            operation
                    .getResponses()
                    .addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + component));
        }
    }

    private static void problemSchemas(Components components) {
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty(
                        "type", new StringSchema().format("uri").example("https://touchpoint.dev/problems/not-found"))
                .addProperty("title", new StringSchema().description("short summary, in the reader's language"))
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("what went wrong, in the reader's language"))
                .addProperty("instance", new StringSchema().description("the path of the request"))
                .addProperty(
                        "errorId", new StringSchema().description("500 only: the id the server's log line carries"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/FieldError"))
                                .description("validation problems: every invalid field with its rule"));
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().example("phone"))
                .addProperty("rule", new StringSchema().example("format"))
                .addProperty("message", new StringSchema())
                .addProperty("index", new IntegerSchema().description("events: the event's index in the batch"))
                .addProperty("line", new IntegerSchema().description("events: the line of NDJSON or CSV"));
        components
                .addSchemas("Problem", problem)
                .addSchemas("FieldError", fieldError)
                .addSchemas(
                        "FileUpload",
                        new ObjectSchema()
                                .description("a CSV (UTF-8 or GBK) or XLSX file")
                                .addProperty("file", new StringSchema().format("binary"))
                                .required(List.of("file")));
        var ref = new Schema<>().$ref("#/components/schemas/Problem");
        var content = new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref));
        components
                .addResponses(
                        "BadRequest",
                        new ApiResponse()
                                .description("Invalid input: the problem names each field and rule")
                                .content(content))
                .addResponses(
                        "Unauthorized",
                        new ApiResponse()
                                .description("Missing or refused credentials")
                                .content(content))
                .addResponses(
                        "Forbidden",
                        new ApiResponse()
                                .description("The role, the record scope or the token's scope does not allow it")
                                .content(content))
                .addResponses(
                        "NotFound",
                        new ApiResponse()
                                .description("No such record or endpoint")
                                .content(content))
                .addResponses(
                        "Conflict",
                        new ApiResponse()
                                .description("A duplicate, a transition already done, or a stale version")
                                .content(content))
                .addResponses(
                        "PreconditionFailed",
                        new ApiResponse()
                                .description("If-Match names an older version")
                                .content(content))
                .addResponses(
                        "ContentTooLarge",
                        new ApiResponse()
                                .description("The body is larger than the endpoint's limit")
                                .content(content))
                .addResponses(
                        "UnsupportedMediaType",
                        new ApiResponse()
                                .description("The body's Content-Type is not accepted here")
                                .content(content));
    }
}
