package dev.touchpoint.server.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one import flow, driven by a small importer of order lines (ref, sku, qty). */
class TabularImportsTest {

    enum Columns implements FileColumn {
        REF("ref", "单号"),
        SKU("sku", "产品编码"),
        QTY("qty", "数量");

        static final FileColumns<Columns> FILE = FileColumns.of(Columns.class);

        private final List<String> aliases;

        Columns(String... aliases) {
            this.aliases = List.of(aliases);
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }

        @Override
        public boolean required() {
            return this != QTY;
        }
    }

    /** What the importer stored, and the audit entries. */
    final List<Object> stored = new ArrayList<>();

    final List<String> audits = new ArrayList<>();

    final TabularImports imports = new TabularImports((type, summary, details) -> audits.add(type + ": " + summary));

    /** Every row a record, or rows grouped by ref. */
    ImportSpec<Columns, String> spec(boolean grouped) {
        return new ImportSpec<>() {
            @Override
            public FileColumns<Columns> columns() {
                return Columns.FILE;
            }

            @Override
            public String entityType() {
                return "line";
            }

            @Override
            public String noun() {
                return grouped ? "orders" : "lines";
            }

            @Override
            public Columns groupBy() {
                return grouped ? Columns.REF : null;
            }

            @Override
            public String check(ImportRecord<Columns> record) {
                var skus = new ArrayList<String>();
                for (var row : record.rows()) {
                    var sku = row.required(Columns.SKU);
                    var qty = row.quantity(Columns.QTY);
                    if ("BAD".equals(sku)) {
                        row.problem(Columns.SKU, "unknown product");
                        row.problem(Columns.SKU, "a second problem of the same cell is not listed");
                    }
                    skus.add(sku + "x" + (qty == null ? 1 : qty));
                }
                return String.join("+", skus);
            }

            @Override
            public Map<String, Object> store(List<String> values) {
                stored.addAll(values);
                return Map.of();
            }
        };
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> problems(ImportReport report) {
        return report.problems().stream().map(p -> p.row() + " " + p.column()).toList();
    }

    @Test
    void problemsAreNamedByTheFilesHeaderAndOnePerCell() {
        var file = csv("单号,产品编码,数量\nA,P1,2\nB,BAD,1\nC,=cmd(),x\n");
        var report = imports.run(spec(false), file, "lines.csv", true, ImportMode.ALL_OR_NOTHING);
        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.validRows()).isEqualTo(1);
        assertThat(problems(report)).containsExactly("3 产品编码", "4 产品编码", "4 数量");
        assertThat(report.problems().get(1).reason()).contains("formula");
        assertThat(report.applied()).isFalse();
        // a dry run stores nothing and is not audited
        assertThat(stored).isEmpty();
        assertThat(audits).isEmpty();
    }

    @Test
    void allOrNothingStoresNothingWhileValidOnlyStoresTheGoodRows() {
        var file = csv("ref,sku,qty\nA,P1,2\nB,BAD,1\n");
        var none = imports.run(spec(false), file, "lines.csv", false, ImportMode.ALL_OR_NOTHING);
        assertThat(none.applied()).isFalse();
        assertThat(none.imported()).isZero();
        assertThat(stored).isEmpty();
        var some = imports.run(spec(false), file, "lines.csv", false, ImportMode.VALID_ONLY);
        assertThat(some.applied()).isTrue();
        assertThat(some.imported()).isEqualTo(1);
        assertThat(stored).containsExactly("P1x2");
        // both attempts are audited, the first with nothing imported
        assertThat(audits).containsExactly("line: 0 lines imported", "line: 1 lines imported");
    }

    @Test
    void aMissingRequiredColumnIsReportedOnTheHeaderRowAndNothingIsStored() {
        var file = csv("ref,qty\nA,2\n");
        var report = imports.run(spec(false), file, "lines.csv", false, ImportMode.VALID_ONLY);
        assertThat(problems(report)).containsExactly("1 sku");
        assertThat(report.problems().get(0).reason()).contains("sku / 产品编码");
        assertThat(report.applied()).isFalse();
        assertThat(stored).isEmpty();
    }

    @Test
    void groupedRowsFormOneRecordStoredWholeOrNotAtAll() {
        var file = csv("ref,sku,qty\nA,P1,2\nB,P2,1\nA,P3,1\nB,BAD,1\n,P4,1\n");
        var report = imports.run(spec(true), file, "orders.csv", false, ImportMode.VALID_ONLY);
        // order B has a bad line: its good line is held back too; the row without a ref belongs to no order
        assertThat(problems(report)).containsExactly("5 sku", "6 ref");
        assertThat(stored).containsExactly("P1x2+P3x1");
        // rows are counted as lines
        assertThat(report.rows()).isEqualTo(5);
        assertThat(report.validRows()).isEqualTo(2);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(audits).containsExactly("line: 1 orders imported");
    }
}
