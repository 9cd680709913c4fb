package dev.touchpoint.server.customer;

/** How many customers (in the caller's scope) are in a tier. */
public record TierCount(String tier, String nameEn, String nameZh, long customers) {

    /** The tier's name in the given language. */
    public String label(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
