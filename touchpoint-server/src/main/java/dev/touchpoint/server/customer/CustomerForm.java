package dev.touchpoint.server.customer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The create/edit form as the browser posts it: plain text fields, tags separated by commas or
 * semicolons, birthday as {@code yyyy-MM-dd}.
 */
record CustomerForm(
        CustomerKind kind,
        String name,
        String phone,
        String email,
        String tier,
        String source,
        Long ownerId,
        Long teamId,
        String tags,
        String gender,
        String birthday,
        String city,
        String address,
        String industry,
        String notes,
        Integer version) {

    static CustomerForm empty() {
        return new CustomerForm(
                CustomerKind.PERSON,
                null,
                null,
                null,
                "NORMAL",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static CustomerForm of(Customer c) {
        return new CustomerForm(
                c.kind(),
                c.name(),
                c.phone(),
                c.email(),
                c.tier(),
                c.source(),
                c.ownerId(),
                c.teamId(),
                String.join(", ", c.tags()),
                c.gender(),
                c.birthday() == null ? null : c.birthday().toString(),
                c.city(),
                c.address(),
                c.industry(),
                c.notes(),
                c.version());
    }

    /** Problems the form itself can see (a date that is not one); the rest is Bean Validation's. */
    Map<String, String> parseErrors(String invalidDateMessage) {
        var errors = new LinkedHashMap<String, String>();
        if (birthday != null && !birthday.isBlank()) {
            try {
                LocalDate.parse(birthday.strip());
            } catch (DateTimeParseException e) {
                errors.put("birthday", invalidDateMessage);
            }
        }
        return errors;
    }

    NewCustomer toNew() {
        return new NewCustomer(
                kind,
                blank(name),
                blank(phone),
                blank(email),
                blank(tier),
                blank(source),
                ownerId,
                teamId,
                tagList(),
                blank(gender),
                date(),
                blank(city),
                blank(address),
                blank(industry),
                blank(notes),
                null);
    }

    CustomerChange toChange() {
        return new CustomerChange(
                kind,
                blank(name),
                blank(phone),
                blank(email),
                blank(tier),
                blank(source),
                ownerId,
                teamId,
                tagList(),
                blank(gender),
                date(),
                blank(city),
                blank(address),
                blank(industry),
                blank(notes),
                version);
    }

    private List<String> tagList() {
        return tags == null ? List.of() : CustomerService.cleanTags(Arrays.asList(tags.split("[,;，；]")));
    }

    private LocalDate date() {
        try {
            return birthday == null || birthday.isBlank() ? null : LocalDate.parse(birthday.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
