package dev.touchpoint.server.sales.lead;

/**
 * Phone numbers compared the way {@code sales_lead.phone_norm} stores them: digits only, without the
 * {@code +86} / {@code 0086} prefix of an 11-digit Chinese mobile number.
 */
public final class LeadPhones {

    private LeadPhones() {}

    public static String normalise(String phone) {
        if (phone == null) {
            return null;
        }
        var digits = phone.replaceAll("[^0-9]", "");
        if (digits.matches("0086[0-9]{11}")) {
            return digits.substring(4);
        }
        if (digits.matches("86[0-9]{11}")) {
            return digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }
}
