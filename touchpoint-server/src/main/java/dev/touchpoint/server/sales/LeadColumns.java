package dev.touchpoint.server.sales;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of lead import and export files (see {@code docs/sales.md}) and the header spellings
 * accepted for each, English and Chinese. The first spelling is the one exports write.
 */
enum LeadColumns {
    NAME("name", "姓名", "名称"),
    PHONE("phone", "电话", "手机", "mobile"),
    EMAIL("email", "邮箱", "e-mail"),
    COMPANY("company", "公司", "单位"),
    SOURCE("source", "来源"),
    PRODUCT_INTEREST("productInterest", "product interest", "product_interest", "意向产品"),
    INTENT_CLASS("intentClass", "intent class", "intent_class", "intent", "意向等级", "意向级别"),
    FIRST_CONTACT("firstContactOn", "first contact", "first_contact", "首次接触日期", "首次接触"),
    OWNER("owner", "负责人"),
    TEAM("team", "团队"),
    NOTES("notes", "备注");

    private static final Map<String, LeadColumns> BY_HEADER = new HashMap<>();

    static {
        for (var c : values()) {
            for (var alias : c.aliases) {
                BY_HEADER.put(alias.toLowerCase(Locale.ROOT), c);
            }
        }
    }

    private final List<String> aliases;

    LeadColumns(String... aliases) {
        this.aliases = List.of(aliases);
    }

    String header() {
        return aliases.get(0);
    }

    /** The field of {@link NewLead} this column fills (to place validation messages). */
    String field() {
        return switch (this) {
            case OWNER -> "ownerId";
            case TEAM -> "teamId";
            default -> header();
        };
    }

    static Optional<LeadColumns> ofHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(header.strip().toLowerCase(Locale.ROOT)));
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(LeadColumns::header).toList();
    }
}
