package dev.touchpoint.server.customer;

import dev.touchpoint.server.platform.tabular.FileColumn;
import dev.touchpoint.server.platform.tabular.FileColumns;
import java.util.List;

/**
 * The columns of customer import and export files (see {@code docs/import.md}) and the header
 * spellings accepted for each, English and Chinese.
 */
enum CustomerColumns implements FileColumn {
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

    /** Finds columns by their header spellings. */
    static final FileColumns<CustomerColumns> FILE = FileColumns.of(CustomerColumns.class);

    private final List<String> aliases;

    CustomerColumns(String... aliases) {
        this.aliases = List.of(aliases);
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return this == NAME;
    }

    /** The field of {@link NewCustomer} this column fills (for validation messages). */
    String field() {
        return switch (this) {
            case OWNER -> "ownerId";
            case TEAM -> "teamId";
            default -> header();
        };
    }
}
