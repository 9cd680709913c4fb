package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.RowProblem;
import dev.touchpoint.server.platform.tabular.SpreadsheetSafety;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import dev.touchpoint.server.platform.tabular.TabularReader;
import dev.touchpoint.server.platform.tabular.TabularRow;
import dev.touchpoint.server.platform.tabular.TabularWriter;
import dev.touchpoint.server.touchpoint.ControlMetric;
import dev.touchpoint.server.touchpoint.Touchpoint;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.TouchpointLine;
import jakarta.validation.Validator;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export and import of the touchpoint catalogue as CSV or XLSX, one touchpoint per row, the columns
 * of {@link #HEADERS} (Chinese headers accepted, see docs/touchpoints.md). A row whose code exists
 * updates that entry; a new code creates one. Import checks every row first (dry run); applying
 * stores nothing when any row is bad unless the valid-only mode is chosen. Both are audited.
 */
@Service
class CatalogueTransfer {

    /** How an import treats bad rows. */
    enum Mode {
        ALL_OR_NOTHING,
        VALID_ONLY
    }

    static final List<String> HEADERS = List.of(
            "code",
            "name_zh",
            "name_en",
            "line",
            "stage",
            "kind",
            "channel",
            "owner_role",
            "key",
            "information",
            "conveyed_how",
            "control_metrics",
            "site",
            "zone",
            "position");

    static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("code", List.of("编码", "触点编码")),
            Map.entry("name_zh", List.of("中文名称", "名称")),
            Map.entry("name_en", List.of("英文名称")),
            Map.entry("line", List.of("线", "线索", "类别")),
            Map.entry("stage", List.of("阶段")),
            Map.entry("kind", List.of("类型", "旅程类型")),
            Map.entry("channel", List.of("渠道")),
            Map.entry("owner_role", List.of("负责角色", "责任角色")),
            Map.entry("key", List.of("关键触点", "关键")),
            Map.entry("information", List.of("传递信息")),
            Map.entry("conveyed_how", List.of("传递方式")),
            Map.entry("control_metrics", List.of("控制指标")),
            Map.entry("site", List.of("门店", "站点")),
            Map.entry("zone", List.of("区域")),
            Map.entry("position", List.of("顺序", "排序")));

    static final Map<String, TouchpointLine> LINE_NAMES = Map.of(
            "推广",
            TouchpointLine.PROMOTION,
            "展示",
            TouchpointLine.DISPLAY,
            "产品",
            TouchpointLine.PRODUCT,
            "服务",
            TouchpointLine.SERVICE);

    private final CatalogueRepository catalogue;
    private final IdentityApi identity;
    private final AuditLog audit;
    private final Validator validator;

    CatalogueTransfer(CatalogueRepository catalogue, IdentityApi identity, AuditLog audit, Validator validator) {
        this.catalogue = catalogue;
        this.identity = identity;
        this.audit = audit;
        this.validator = validator;
    }

    /** Writes the whole catalogue (it has no personal data, but exports are audited all the same). */
    @Transactional
    void export(TabularFormat format, OutputStream out) {
        var teams = new HashMap<Long, String>();
        identity.listTeams().forEach(t -> teams.put(t.id(), t.name()));
        var rows = new ArrayList<List<?>>();
        for (var t : catalogue.findAll()) {
            rows.add(Arrays.asList(
                    t.code(),
                    t.nameZh(),
                    t.nameEn(),
                    t.line().name(),
                    t.stage().name(),
                    t.kind().name(),
                    t.channel().name(),
                    t.ownerRole().name(),
                    t.key() ? "yes" : "no",
                    t.information(),
                    t.conveyedHow(),
                    metrics(t.controlMetrics()),
                    t.siteTeamId() == null ? null : teams.get(t.siteTeamId()),
                    t.zone(),
                    t.position()));
        }
        audit.record(
                AuditLog.Action.EXPORT,
                "touchpoint",
                null,
                "exported " + rows.size() + " touchpoints",
                Map.of("format", format.extension(), "rows", rows.size()));
        TabularWriter.write(format, HEADERS, rows, out);
    }

    /** {@code name | target | unit | how measured}, metrics separated by {@code ;}. */
    static String metrics(List<ControlMetric> metrics) {
        var parts = new ArrayList<String>();
        for (var m : metrics) {
            parts.add(String.join(
                            " | ",
                            m.name(),
                            m.target() == null ? "" : m.target().toPlainString(),
                            m.unit() == null ? "" : m.unit(),
                            m.howMeasured() == null ? "" : m.howMeasured())
                    .strip());
        }
        return String.join("; ", parts);
    }

    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Transactional
    public ImportReport importFile(byte[] content, String fileName, boolean dryRun, Mode mode) {
        var data = TabularReader.read(content, fileName);
        var headerFor = headers(data.headers());
        var problems = new ArrayList<RowProblem>();
        if (!headerFor.containsKey("code")) {
            problems.add(new RowProblem(1, "code", "the header row needs a code column"));
        }
        var sites = sites();
        var existing = new HashMap<String, Touchpoint>();
        catalogue.findAll().forEach(t -> existing.put(t.code(), t));
        var valid = new LinkedHashMap<Integer, TouchpointRequest>();
        var seen = new HashSet<String>();
        for (var row : data.rows()) {
            var rowProblems = new ArrayList<RowProblem>();
            var cells = new Cells(row, headerFor, rowProblems);
            var code = cells.text("code");
            var current = code == null ? null : existing.get(code);
            var line = cells.choice(
                    "line",
                    s -> LINE_NAMES.containsKey(s)
                            ? LINE_NAMES.get(s)
                            : TouchpointLine.valueOf(s.toUpperCase(Locale.ROOT)),
                    current == null ? null : current.line());
            var stage = cells.choice(
                    "stage",
                    s -> JourneyStage.valueOf(s.toUpperCase(Locale.ROOT)),
                    current == null ? null : current.stage());
            var kind = cells.choice(
                    "kind",
                    s -> TouchpointKind.valueOf(s.toUpperCase(Locale.ROOT)),
                    current == null ? null : current.kind());
            var channel = cells.choice(
                    "channel",
                    s -> TouchpointChannel.valueOf(s.toUpperCase(Locale.ROOT)),
                    current == null ? null : current.channel());
            var owner = cells.choice(
                    "owner_role",
                    s -> Role.valueOf(s.toUpperCase(Locale.ROOT)),
                    current == null ? null : current.ownerRole());
            var key = cells.choice("key", CatalogueTransfer::bool, current != null && current.key());
            var metrics = cells.has("control_metrics")
                    ? parseMetrics(row.row(), cells.text("control_metrics"), rowProblems)
                    : current == null ? List.<ControlMetric>of() : current.controlMetrics();
            Long site = current == null ? null : current.siteTeamId();
            if (cells.has("site")) {
                var siteText = cells.text("site");
                site = siteText == null ? null : sites.get(siteText.toLowerCase(Locale.ROOT));
                if (siteText != null && site == null) {
                    rowProblems.add(new RowProblem(row.row(), "site", "no site (team) named or numbered " + siteText));
                }
            }
            var position = cells.choice("position", Integer::valueOf, current == null ? null : current.position());
            if (code != null && !seen.add(code)) {
                rowProblems.add(new RowProblem(row.row(), "code", "appears twice in the file: " + code));
            }
            var request = new TouchpointRequest(
                    code,
                    cells.textOr("name_zh", current == null ? null : current.nameZh()),
                    cells.textOr("name_en", current == null ? null : current.nameEn()),
                    line,
                    stage,
                    kind,
                    channel,
                    owner,
                    cells.textOr("information", current == null ? null : current.information()),
                    cells.textOr("conveyed_how", current == null ? null : current.conveyedHow()),
                    key,
                    metrics,
                    site,
                    cells.textOr("zone", current == null ? null : current.zone()),
                    position,
                    current == null ? null : current.version());
            for (var v : validator.validate(request)) {
                var column = column(v.getPropertyPath().toString());
                if (rowProblems.stream().noneMatch(p -> column.equals(p.column()))) {
                    rowProblems.add(new RowProblem(row.row(), column, v.getMessage()));
                }
            }
            if (rowProblems.isEmpty()) {
                valid.put(row.row(), request);
            }
            problems.addAll(rowProblems);
        }
        boolean apply = !dryRun && (problems.isEmpty() || mode == Mode.VALID_ONLY);
        int imported = 0;
        if (apply) {
            int created = 0;
            for (var request : valid.values()) {
                var current = existing.get(request.code());
                if (current == null) {
                    catalogue.insert(request, null);
                    created++;
                } else if (catalogue.update(current.id(), current.version(), request) == 0) {
                    throw new dev.touchpoint.server.platform.VersionConflictException(
                            "touchpoint", request.code(), current.version(), false);
                }
                imported++;
            }
            audit.record(
                    AuditLog.Action.IMPORT,
                    "touchpoint",
                    null,
                    "imported " + imported + " touchpoints",
                    Map.of(
                            "rows",
                            data.rows().size(),
                            "imported",
                            imported,
                            "created",
                            created,
                            "updated",
                            imported - created,
                            "mode",
                            mode.name()));
        }
        return new ImportReport(data.rows().size(), valid.size(), problems, apply, imported, data.encoding());
    }

    private Map<String, Long> sites() {
        var map = new HashMap<String, Long>();
        for (Team t : identity.listTeams()) {
            map.put(Long.toString(t.id()), t.id());
            map.put(t.name().toLowerCase(Locale.ROOT), t.id());
        }
        return map;
    }

    private static Map<String, String> headers(List<String> headers) {
        var result = new HashMap<String, String>();
        for (var header : headers) {
            var key = normalise(header);
            ALIASES.forEach((canonical, names) -> {
                if (normalise(canonical).equals(key)
                        || names.stream().map(CatalogueTransfer::normalise).anyMatch(key::equals)) {
                    result.putIfAbsent(canonical, header);
                }
            });
        }
        return result;
    }

    private static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static String column(String property) {
        return switch (property) {
            case "nameZh" -> "name_zh";
            case "nameEn" -> "name_en";
            case "ownerRole" -> "owner_role";
            case "conveyedHow" -> "conveyed_how";
            case "siteTeamId" -> "site";
            default -> property.startsWith("controlMetrics") ? "control_metrics" : property;
        };
    }

    static Boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "是", "关键" -> true;
            case "no", "n", "false", "0", "否" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    static List<ControlMetric> parseMetrics(int row, String text, List<RowProblem> problems) {
        var result = new ArrayList<ControlMetric>();
        if (text == null) {
            return result;
        }
        for (var part : text.split("[;；\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            var fields = part.split("\\|", -1);
            BigDecimal target = null;
            if (fields.length > 1 && !fields[1].isBlank()) {
                try {
                    target = new BigDecimal(fields[1].strip());
                } catch (NumberFormatException e) {
                    problems.add(new RowProblem(row, "control_metrics", "target must be a number: " + part.strip()));
                }
            }
            result.add(new ControlMetric(
                    fields[0].strip(),
                    target,
                    fields.length > 2 ? blankToNull(fields[2]) : null,
                    fields.length > 3 ? blankToNull(fields[3]) : null));
        }
        return result;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Cells of one row by canonical column; formula-like text and unparsable values become problems. */
    private record Cells(TabularRow row, Map<String, String> headerFor, List<RowProblem> problems) {

        boolean has(String column) {
            return headerFor.containsKey(column);
        }

        String text(String column) {
            var header = headerFor.get(column);
            var value = header == null ? null : row.get(header);
            if (value != null && SpreadsheetSafety.looksLikeFormula(value)) {
                problems.add(new RowProblem(row.row(), column, "looks like a spreadsheet formula; not accepted"));
                return null;
            }
            return value;
        }

        /** The cell, or {@code fallback} (the stored value) when the column is absent from the file. */
        String textOr(String column, String fallback) {
            return has(column) ? text(column) : fallback;
        }

        <T> T choice(String column, java.util.function.Function<String, T> parse, T fallback) {
            if (!has(column)) {
                return fallback;
            }
            var text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(row.row(), column, "not a valid value: " + text));
                return null;
            }
        }
    }
}
