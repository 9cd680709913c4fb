package dev.touchpoint.server.customer;

/**
 * Phone numbers as duplicate detection compares them: digits only, without the China country prefix
 * ({@code +86}, {@code 0086}, or {@code 86} before an 11-digit mobile number). The generated column
 * {@code customer.phone_norm} (migration V2_2) applies the same rule in SQL.
 */
final class CustomerPhones {

    private CustomerPhones() {}

    static String normalise(String phone) {
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
