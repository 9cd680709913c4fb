package dev.touchpoint.server.sales.lead;

import dev.touchpoint.server.sales.IntentClass;
import dev.touchpoint.server.sales.LeadSource;
import java.time.Instant;

/**
 * A lead as screens and the API show it.
 *
 * @param intentClass null until the first contact graded it
 * @param inPool true while the lead sits in its team's public pool without an owner
 * @param phoneConsent the prospect agreed to be contacted by phone (ticked on the public web form)
 * @param phoneConsentAt when that consent was given
 */
public record Lead(
        long id,
        String name,
        String company,
        String phone,
        String email,
        LeadSource source,
        String productInterest,
        boolean money,
        boolean authority,
        boolean need,
        IntentClass intentClass,
        String fboFeedback,
        String fboBenefit,
        String fboOpportunity,
        Instant firstContactAt,
        LeadStatus status,
        Long customerId,
        Long opportunityId,
        Long ownerId,
        Long teamId,
        boolean inPool,
        Instant lastFollowUpAt,
        String notes,
        Instant createdAt,
        int version,
        boolean phoneConsent,
        Instant phoneConsentAt) {

    /** MAN qualification as letters, capital when present (seed 003): e.g. {@code MAn} = money and authority. */
    @com.fasterxml.jackson.annotation.JsonProperty("man")
    public String man() {
        return Man.code(money, authority, need);
    }
}
