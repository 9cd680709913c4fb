package dev.touchpoint.server.platform;

/**
 * Phone numbers as duplicate detection compares them, for customers and leads alike: digits only; a
 * {@code +86} or {@code 0086} country prefix is dropped whatever follows it, a bare {@code 86} only before
 * an 11-digit mobile number ({@code 86 138…}), since other numbers may start with 86. The generated
 * columns {@code customer.phone_norm} (migration V2_2) and {@code sales_lead.phone_norm} (V6_3) apply the
 * same rule in SQL.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {}

    /**
     * @param phone a phone as typed, or null
     * @return its digits without the China country prefix, or null when it has no digit
     */
    public static String normalise(String phone) {
        if (phone == null) {
            return null;
        }
        var digits = phone.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (phone.strip().matches("^\\+\\s*86.*")) {
            return digits.substring(2);
        }
        if (digits.startsWith("0086")) {
            return digits.substring(4);
        }
        if (digits.matches("861[0-9]{10}")) {
            return digits.substring(2);
        }
        return digits;
    }
}
