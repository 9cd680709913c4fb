package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.NoFormula;
import dev.touchpoint.server.touchpoint.ControlMetric;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.TouchpointLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Creates or changes a catalogue entry. {@code version} is the version the caller read (for updates
 * without {@code If-Match}).
 */
public record TouchpointRequest(
        @NotBlank
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_.-]{0,59}", message = "upper-case letters, digits, _ . - (at most 60)")
        String code,

        @NotBlank @Size(max = 200) @NoFormula String nameZh,
        @NotBlank @Size(max = 200) @NoFormula String nameEn,
        @NotNull TouchpointLine line,
        @NotNull JourneyStage stage,
        @NotNull TouchpointKind kind,
        @NotNull TouchpointChannel channel,
        @NotNull Role ownerRole,
        @Size(max = 1000) String information,
        @Size(max = 1000) String conveyedHow,
        Boolean key,
        @Valid List<ControlMetric> controlMetrics,
        Long siteTeamId,
        @Size(max = 60) String zone,
        Integer position,
        Integer version) {

    public TouchpointRequest {
        key = key != null && key;
        controlMetrics = controlMetrics == null ? List.of() : List.copyOf(controlMetrics);
    }
}
