package dev.touchpoint.server.platform.tabular;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one import flow every importer uses: read the file, map its headers to the importer's columns,
 * check every record, report each problem by row and column, then — unless it is a dry run — store all
 * records (none when any has a problem, all-or-nothing) or only the valid ones, and audit the attempt.
 */
@Component
public class TabularImports {

    private final ImportAudit audit;

    TabularImports(ImportAudit audit) {
        this.audit = audit;
    }

    /**
     * Runs an import.
     *
     * @param spec the importer's columns, checks and storage (a new one per run)
     * @param content the uploaded file
     * @param fileName its name (tells CSV from XLSX)
     * @param dryRun check only
     * @param mode all-or-nothing or valid-only
     * @return the report
     */
    @Transactional
    public <E extends Enum<E> & FileColumn, T> ImportReport run(
            ImportSpec<E, T> spec, byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        var data = TabularReader.read(content, fileName);
        var columns = spec.columns().in(data.headers());
        var problems = new ArrayList<RowProblem>();
        boolean headersOk = true;
        for (var column : spec.columns().all()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(new RowProblem(
                        1,
                        column.header(),
                        "required column is missing (" + String.join(" / ", column.aliases()) + ")"));
                headersOk = false;
            }
        }
        var records = records(spec, data, columns, problems);
        var checked = new ArrayList<ImportSpec.Checked<E, T>>(records.size());
        for (var record : records) {
            // rows without the grouping value belong to no record: reported, not checked
            T value = spec.groupBy() != null && record.key() == null ? null : spec.check(record);
            checked.add(new ImportSpec.Checked<>(record, value));
        }
        spec.checkTogether(checked);
        var valid = checked.stream()
                .filter(c -> c.value() != null && c.record().ok())
                .toList();
        boolean write =
                !dryRun && headersOk && !valid.isEmpty() && (mode == ImportMode.VALID_ONLY || problems.isEmpty());
        Map<String, Object> extra =
                write ? spec.store(valid.stream().map(ImportSpec.Checked::value).toList()) : Map.of();
        int storedRecords = write ? valid.size() : 0;
        int validRows = valid.stream().mapToInt(c -> c.record().rows().size()).sum();
        int imported = !write ? 0 : spec.countsRecords() ? storedRecords : validRows;
        if (!dryRun) {
            var details = new LinkedHashMap<String, Object>();
            details.put("file", fileName == null ? "" : fileName);
            details.put("format", data.format().extension());
            details.put("mode", mode.name());
            details.put("rows", data.rows().size());
            details.put("problems", problems.size());
            details.put("imported", imported);
            details.putAll(extra);
            audit.imported(spec.entityType(), storedRecords + " " + spec.noun() + " imported", details);
        }
        problems.sort(Comparator.comparingInt(RowProblem::row));
        return new ImportReport(
                spec.countsRecords() ? records.size() : data.rows().size(),
                spec.countsRecords() ? valid.size() : validRows,
                problems,
                write,
                imported,
                data.encoding());
    }

    private static <E extends Enum<E> & FileColumn, T> List<ImportRecord<E>> records(
            ImportSpec<E, T> spec, TabularData data, java.util.Map<E, String> columns, List<RowProblem> problems) {
        var group = spec.groupBy();
        var records = new ArrayList<ImportRecord<E>>();
        var groups = new LinkedHashMap<String, List<ImportRow<E>>>();
        for (var tabular : data.rows()) {
            var row = new ImportRow<>(tabular, columns, problems);
            if (group == null) {
                records.add(new ImportRecord<>(null, List.of(row)));
                continue;
            }
            var key = row.text(group);
            if (key == null) {
                if (!row.reported(group)) {
                    row.problem(group, "required: rows with the same value form one record");
                }
                records.add(new ImportRecord<>(null, List.of(row)));
            } else {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        groups.forEach((key, rows) -> records.add(new ImportRecord<>(key, rows)));
        return records;
    }
}
