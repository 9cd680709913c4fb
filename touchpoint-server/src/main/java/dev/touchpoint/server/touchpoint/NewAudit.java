package dev.touchpoint.server.touchpoint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An audit to score: the template (latest version when {@code templateVersion} is null), the site
 * (a team), the date, the auditor and one answer per item.
 */
public record NewAudit(
        @NotBlank String templateCode,
        Integer templateVersion,
        @NotNull Long siteTeamId,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 100) String auditor,
        @NotEmpty @Valid List<AuditAnswer> answers,
        @Size(max = 2000) String notes) {}
