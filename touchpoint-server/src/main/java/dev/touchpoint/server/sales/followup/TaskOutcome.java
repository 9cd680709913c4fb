package dev.touchpoint.server.sales.followup;

import dev.touchpoint.server.sales.IntentClass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What came of a follow-up; {@code regrade} optionally changes the lead's class (and so its plan). */
public record TaskOutcome(@NotBlank @Size(max = 2000) String outcome, IntentClass regrade) {}
