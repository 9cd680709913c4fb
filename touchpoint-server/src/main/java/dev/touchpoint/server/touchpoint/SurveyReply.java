package dev.touchpoint.server.touchpoint;

import java.time.Instant;
import java.util.Map;

/**
 * A customer's answers through an invitation link, for the module that sent the invitation.
 *
 * @param answers by question code: numbers for scored questions, text for free text, option codes for choices
 */
public record SurveyReply(long invitationId, long customerId, Instant submittedAt, Map<String, Object> answers) {

    public SurveyReply {
        answers = Map.copyOf(answers);
    }
}
