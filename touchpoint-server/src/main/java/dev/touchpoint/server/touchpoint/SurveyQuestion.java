package dev.touchpoint.server.touchpoint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A survey question.
 *
 * @param options for {@link SurveyQuestionType#CHOICE}
 * @param touchpoint the touchpoint the answer is about; null for the survey's own touchpoint
 */
public record SurveyQuestion(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_]{1,40}") String code,
        @NotNull SurveyQuestionType type,
        @NotBlank @Size(max = 300) String textZh,
        @NotBlank @Size(max = 300) String textEn,
        @Valid List<Option> options,
        String touchpoint,
        Boolean required) {

    public SurveyQuestion {
        options = options == null ? List.of() : List.copyOf(options);
        required = required != null && required;
    }

    /** A choice. */
    public record Option(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_]{1,40}")
            String code,

            @NotBlank @Size(max = 200) String textZh,
            @NotBlank @Size(max = 200) String textEn) {}
}
