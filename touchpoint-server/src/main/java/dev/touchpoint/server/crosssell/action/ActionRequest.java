package dev.touchpoint.server.crosssell.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Records what was done with one of a customer's current next best actions.
 *
 * @param action the action's offer key ({@code PRODUCT:ACC-FILM}) or, for actions without offer, its kind
 *     ({@code WIN_BACK}, {@code TIER_UPGRADE})
 * @param outcome ACCEPTED, DISMISSED or COMPLETED
 * @param note optional note for the timeline
 */
public record ActionRequest(
        @NotBlank @Size(max = 200) String action,
        @NotNull ActionOutcome outcome,
        @Size(max = 2000) String note) {}
