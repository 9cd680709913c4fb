package dev.touchpoint.server.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of customer import and export files (see {@code docs/import.md}) and the header
 * spellings accepted for each, English and Chinese.
 */
enum CustomerColumns {
    KIND("kind", "类型"),
    NAME("name", "姓名", "名称"),
    PHONE("phone", "电话", "手机"),
    EMAIL("email", "邮箱"),
    TIER("tier", "级别"),
    SOURCE("source", "来源"),
    OWNER("owner", "负责人"),
    TEAM("team", "团队"),
    TAGS("tags", "标签"),
    GENDER("gender", "性别"),
    BIRTHDAY("birthday", "生日"),
    CITY("city", "城市"),
    ADDRESS("address", "地址"),
    INDUSTRY("industry", "行业"),
    NOTES("notes", "备注");

    private static final Map<String, CustomerColumns> BY_HEADER = new HashMap<>();

    static {
        for (var c : values()) {
            for (var alias : c.aliases) {
                BY_HEADER.put(alias.toLowerCase(Locale.ROOT), c);
            }
        }
    }

    private final List<String> aliases;

    CustomerColumns(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The header written on export (and the canonical English import header). */
    String header() {
        return aliases.get(0);
    }

    /** The field of {@link NewCustomer} this column fills (for validation messages). */
    String field() {
        return switch (this) {
            case OWNER -> "ownerId";
            case TEAM -> "teamId";
            default -> header();
        };
    }

    static Optional<CustomerColumns> ofHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(header.strip().toLowerCase(Locale.ROOT)));
    }

    static List<String> headers() {
        return java.util.Arrays.stream(values()).map(CustomerColumns::header).toList();
    }
}
