package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.Attitude;
import dev.touchpoint.server.sales.BuyingRole;
import dev.touchpoint.server.sales.PersonalProfile;
import java.time.Instant;

/**
 * A person in the opportunity's buying centre.
 *
 * @param champion 内线: an insider who helps us
 * @param keyPerson 关键人: whose opinion decides
 * @param profile the personal profile (personal data), null when the caller may not see it
 */
public record Member(
        long id,
        long opportunityId,
        String name,
        String title,
        String phone,
        BuyingRole role,
        boolean champion,
        boolean keyPerson,
        Attitude attitude,
        Instant lastContactAt,
        PersonalProfile profile,
        int version) {}
