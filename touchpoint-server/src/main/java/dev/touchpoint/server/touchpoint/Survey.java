package dev.touchpoint.server.touchpoint;

import dev.touchpoint.analytics.journey.JourneyStage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A survey definition attached to a touchpoint or a stage.
 *
 * @param validDays how long an invitation link stays open
 */
public record Survey(
        long id,
        String code,
        String nameZh,
        String nameEn,
        String touchpoint,
        JourneyStage stage,
        List<SurveyQuestion> questions,
        int validDays,
        boolean active,
        int version) {

    public Survey {
        questions = List.copyOf(questions);
    }

    /** What a client sends to define a survey. */
    public record Request(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,60}") String code,
            @NotBlank @Size(max = 200) String nameZh,
            @NotBlank @Size(max = 200) String nameEn,
            String touchpoint,
            JourneyStage stage,
            @NotEmpty @Valid List<SurveyQuestion> questions,
            @Min(1) @Max(90) Integer validDays) {}
}
