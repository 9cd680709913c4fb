package dev.touchpoint.server.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The record of a first contact (or a re-grading): MAN flags, the intent class, and FBO — feedback
 * on the conversation, the benefit promised for the next contact, the opportunity left open (seed 001).
 */
public record FirstContact(
        @NotNull IntentClass intentClass,
        Boolean money,
        Boolean authority,
        Boolean need,
        @Size(max = 2000) String feedback,
        @Size(max = 2000) String benefit,
        @Size(max = 2000) String opportunity) {

    public FirstContact {
        money = Boolean.TRUE.equals(money);
        authority = Boolean.TRUE.equals(authority);
        need = Boolean.TRUE.equals(need);
    }
}
