package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.server.platform.tabular.FileColumn;
import dev.touchpoint.server.platform.tabular.FileColumns;
import java.util.List;

/**
 * The columns of catalogue import and export files, one touchpoint per row, and the header spellings
 * accepted for each (see docs/touchpoints.md). Only the code is required: a row of a known code changes
 * the columns the file has and keeps the others.
 */
enum CatalogueColumns implements FileColumn {
    CODE("code", "编码", "触点编码"),
    NAME_ZH("name_zh", "中文名称", "名称"),
    NAME_EN("name_en", "英文名称"),
    LINE("line", "线", "线索", "类别"),
    STAGE("stage", "阶段"),
    KIND("kind", "类型", "旅程类型"),
    CHANNEL("channel", "渠道"),
    OWNER_ROLE("owner_role", "负责角色", "责任角色"),
    KEY("key", "关键触点", "关键"),
    INFORMATION("information", "传递信息"),
    CONVEYED_HOW("conveyed_how", "传递方式"),
    CONTROL_METRICS("control_metrics", "控制指标"),
    SITE("site", "门店", "站点"),
    ZONE("zone", "区域"),
    POSITION("position", "顺序", "排序");

    static final FileColumns<CatalogueColumns> FILE = FileColumns.of(CatalogueColumns.class);

    private final List<String> aliases;

    CatalogueColumns(String... aliases) {
        this.aliases = List.of(aliases);
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return this == CODE;
    }

    /** The column a property of {@link TouchpointRequest} comes from (to place validation messages). */
    static CatalogueColumns ofProperty(String property) {
        return switch (property) {
            case "nameZh" -> NAME_ZH;
            case "nameEn" -> NAME_EN;
            case "ownerRole" -> OWNER_ROLE;
            case "conveyedHow" -> CONVEYED_HOW;
            case "siteTeamId" -> SITE;
            case "controlMetrics" -> CONTROL_METRICS;
            default ->
                property.startsWith("controlMetrics")
                        ? CONTROL_METRICS
                        : java.util.Arrays.stream(values())
                                .filter(c -> c.header().equals(property))
                                .findFirst()
                                .orElse(CODE);
        };
    }
}
