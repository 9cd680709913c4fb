package dev.touchpoint.server.crosssell.need;

/** A stored need rule: its text in the rule language, its names and whether it is used. */
public record NeedRuleView(long id, String rule, String nameEn, String nameZh, boolean active, int version) {

    /** The name in the reader's language. */
    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
