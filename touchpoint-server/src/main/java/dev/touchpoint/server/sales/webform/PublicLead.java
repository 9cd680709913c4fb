package dev.touchpoint.server.sales.webform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a prospect types into a team's public web form. Messages are keys of the sales bundle, shown
 * next to the field in the visitor's language.
 *
 * @param phoneConsent the prospect agrees to be contacted by phone
 * @param website a honeypot: hidden from people, filled by bots
 */
public record PublicLead(
        @NotBlank(message = "sales.web.error.nameRequired") @Size(max = 200, message = "sales.web.error.tooLong")
        String name,

        @NotBlank(message = "sales.web.error.phoneRequired")
        @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "sales.web.error.phoneFormat")
        String phone,

        @Email(message = "sales.web.error.email") @Size(max = 200, message = "sales.web.error.tooLong")
        String email,

        @Size(max = 200, message = "sales.web.error.tooLong")
        String productInterest,

        @Size(max = 2000, message = "sales.web.error.tooLong")
        String message,

        boolean phoneConsent,
        String website) {}
