package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.platform.tabular.FileColumns;
import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportRecord;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.ImportRow;
import dev.touchpoint.server.platform.tabular.ImportSpec;
import dev.touchpoint.server.platform.tabular.RowProblem;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import dev.touchpoint.server.platform.tabular.TabularImports;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export and import of the touchpoint catalogue as CSV or XLSX, one touchpoint per row, the columns
 * of {@link CatalogueColumns} (Chinese headers accepted, see docs/touchpoints.md). A row whose code exists
 * updates that entry; a new code creates one. Import checks every row first (dry run); applying
 * stores nothing when any row is bad unless the valid-only mode is chosen. Both are audited.
 */
@Service
class CatalogueTransfer {

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
    private final TabularImports imports;

    CatalogueTransfer(
            CatalogueRepository catalogue,
            IdentityApi identity,
            AuditLog audit,
            Validator validator,
            TabularImports imports) {
        this.catalogue = catalogue;
        this.identity = identity;
        this.audit = audit;
        this.validator = validator;
        this.imports = imports;
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
        TabularWriter.write(format, CatalogueColumns.FILE.headers(), rows, out);
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
    public ImportReport importFile(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        return imports.run(new Spec(), content, fileName, dryRun, mode);
    }

    private final class Spec implements ImportSpec<CatalogueColumns, TouchpointRequest> {

        private final Map<String, Long> sites = sites();
        private final Map<String, Touchpoint> existing = new HashMap<>();
        private final Set<String> seen = new HashSet<>();

        Spec() {
            catalogue.findAll().forEach(t -> existing.put(t.code(), t));
        }

        @Override
        public FileColumns<CatalogueColumns> columns() {
            return CatalogueColumns.FILE;
        }

        @Override
        public String entityType() {
            return "touchpoint";
        }

        @Override
        public String noun() {
            return "touchpoints";
        }

        @Override
        public TouchpointRequest check(ImportRecord<CatalogueColumns> record) {
            var row = record.first();
            var code = row.text(CatalogueColumns.CODE);
            var current = code == null ? null : existing.get(code);
            var line = choice(
                    row,
                    CatalogueColumns.LINE,
                    s -> LINE_NAMES.containsKey(s)
                            ? LINE_NAMES.get(s)
                            : TouchpointLine.valueOf(s.toUpperCase(Locale.ROOT)),
                    current == null ? null : current.line());
            var stage = choice(
                    row,
                    CatalogueColumns.STAGE,
                    s -> JourneyStage.valueOf(s.toUpperCase(Locale.ROOT)),
                    current == null ? null : current.stage());
            var kind = choice(
                    row,
                    CatalogueColumns.KIND,
                    s -> TouchpointKind.valueOf(s.toUpperCase(Locale.ROOT)),
                    current == null ? null : current.kind());
            var channel = choice(
                    row,
                    CatalogueColumns.CHANNEL,
                    s -> TouchpointChannel.valueOf(s.toUpperCase(Locale.ROOT)),
                    current == null ? null : current.channel());
            var owner = choice(
                    row,
                    CatalogueColumns.OWNER_ROLE,
                    s -> Role.valueOf(s.toUpperCase(Locale.ROOT)),
                    current == null ? null : current.ownerRole());
            var key = choice(row, CatalogueColumns.KEY, CatalogueTransfer::bool, current != null && current.key());
            List<ControlMetric> metrics;
            if (row.has(CatalogueColumns.CONTROL_METRICS)) {
                var found = new ArrayList<RowProblem>();
                metrics = parseMetrics(row.number(), row.text(CatalogueColumns.CONTROL_METRICS), found);
                found.forEach(p -> row.problem(CatalogueColumns.CONTROL_METRICS, p.reason()));
            } else {
                metrics = current == null ? List.of() : current.controlMetrics();
            }
            Long site = current == null ? null : current.siteTeamId();
            if (row.has(CatalogueColumns.SITE)) {
                var siteText = row.text(CatalogueColumns.SITE);
                site = siteText == null ? null : sites.get(siteText.toLowerCase(Locale.ROOT));
                if (siteText != null && site == null) {
                    row.problem(CatalogueColumns.SITE, "no site (team) named or numbered " + siteText);
                }
            }
            var position = choice(
                    row, CatalogueColumns.POSITION, Integer::valueOf, current == null ? null : current.position());
            if (code != null && !seen.add(code)) {
                row.problem(CatalogueColumns.CODE, "appears twice in the file: " + code);
            }
            var request = new TouchpointRequest(
                    code,
                    row.textOr(CatalogueColumns.NAME_ZH, current == null ? null : current.nameZh()),
                    row.textOr(CatalogueColumns.NAME_EN, current == null ? null : current.nameEn()),
                    line,
                    stage,
                    kind,
                    channel,
                    owner,
                    row.textOr(CatalogueColumns.INFORMATION, current == null ? null : current.information()),
                    row.textOr(CatalogueColumns.CONVEYED_HOW, current == null ? null : current.conveyedHow()),
                    key,
                    metrics,
                    site,
                    row.textOr(CatalogueColumns.ZONE, current == null ? null : current.zone()),
                    position,
                    current == null ? null : current.version());
            for (var v : validator.validate(request)) {
                row.problem(CatalogueColumns.ofProperty(v.getPropertyPath().toString()), v.getMessage());
            }
            return request;
        }

        @Override
        public Map<String, Object> store(List<TouchpointRequest> values) {
            int created = 0;
            for (var request : values) {
                var current = existing.get(request.code());
                if (current == null) {
                    catalogue.insert(request, null);
                    created++;
                } else if (catalogue.update(current.id(), current.version(), request) == 0) {
                    throw new dev.touchpoint.server.platform.VersionConflictException(
                            "touchpoint", request.code(), current.version(), false);
                }
            }
            return Map.of("created", created, "updated", values.size() - created);
        }
    }

    /** The parsed cell, {@code fallback} (the stored value) when the file lacks the column, null when blank. */
    private static <T> T choice(
            ImportRow<CatalogueColumns> row,
            CatalogueColumns column,
            java.util.function.Function<String, T> parse,
            T fallback) {
        if (!row.has(column)) {
            return fallback;
        }
        var text = row.text(column);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            row.problem(column, "not a valid value: " + text);
            return null;
        }
    }

    private Map<String, Long> sites() {
        var map = new HashMap<String, Long>();
        for (Team t : identity.listTeams()) {
            map.put(Long.toString(t.id()), t.id());
            map.put(t.name().toLowerCase(Locale.ROOT), t.id());
        }
        return map;
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
}
