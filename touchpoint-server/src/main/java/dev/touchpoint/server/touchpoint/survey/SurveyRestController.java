package dev.touchpoint.server.touchpoint.survey;

import dev.touchpoint.server.touchpoint.InvitationResult;
import dev.touchpoint.server.touchpoint.Survey;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Surveys: definitions, invitations (public links, consent and frequency cap) and answers entered by
 * staff. Answers are flat: {@code {"nps": 9, "overall_expectation": 4, "overall_perception": 5}}.
 */
@RestController
class SurveyRestController {

    record InviteRequest(
            @NotEmpty @Size(max = 1000) List<Long> customerIds,
            @NotNull String channel) {}

    record AnswerRequest(@NotNull Long customerId, @NotNull Map<String, Object> answers) {}

    private final SurveyService surveys;

    SurveyRestController(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Operation(summary = "List surveys")
    @GetMapping("/api/v1/surveys")
    List<Survey> list() {
        return surveys.list();
    }

    @Operation(summary = "Read a survey")
    @GetMapping("/api/v1/surveys/{code}")
    Survey get(@PathVariable String code) {
        return surveys.get(code);
    }

    @Operation(summary = "Create a survey")
    @PostMapping("/api/v1/surveys")
    ResponseEntity<Survey> create(@Valid @RequestBody Survey.Request request) {
        var survey = surveys.create(request);
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + survey.code()))
                .body(survey);
    }

    /** Links in the answer are absolute URLs of this server. */
    @Operation(summary = "Invite customers to a survey (consent and caps apply)")
    @PostMapping("/api/v1/surveys/{code}/invitations")
    InvitationResult invite(@PathVariable String code, @Valid @RequestBody InviteRequest request) {
        var result = surveys.invite(code, request.customerIds(), request.channel());
        var base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return new InvitationResult(
                result.sent().stream()
                        .map(s -> new InvitationResult.Sent(
                                s.customerId(), s.invitationId(), base + s.link(), s.expiresAt()))
                        .toList(),
                result.blocked());
    }

    @Operation(summary = "Enter a survey response on a customer's behalf")
    @PostMapping("/api/v1/surveys/{code}/responses")
    ResponseEntity<Map<String, Object>> enter(@PathVariable String code, @Valid @RequestBody AnswerRequest request) {
        var raw = new HashMap<String, String>();
        request.answers().forEach((k, v) -> raw.put(k, v == null ? null : v.toString()));
        long id = surveys.enter(code, request.customerId(), raw);
        return ResponseEntity.status(201).body(Map.of("responseId", id));
    }
}
