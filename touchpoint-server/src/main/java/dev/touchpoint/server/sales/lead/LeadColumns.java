package dev.touchpoint.server.sales.lead;

import dev.touchpoint.server.platform.tabular.FileColumn;
import dev.touchpoint.server.platform.tabular.FileColumns;
import java.util.List;

/**
 * The columns of lead import and export files (see {@code docs/sales.md}) and the header spellings
 * accepted for each, English and Chinese. The first spelling is the one exports write.
 */
enum LeadColumns implements FileColumn {
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

    /** Finds columns by their header spellings. */
    static final FileColumns<LeadColumns> FILE = FileColumns.of(LeadColumns.class);

    private final List<String> aliases;

    LeadColumns(String... aliases) {
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

    /** The field of {@link NewLead} this column fills (to place validation messages). */
    String field() {
        return switch (this) {
            case OWNER -> "ownerId";
            case TEAM -> "teamId";
            default -> header();
        };
    }
}
