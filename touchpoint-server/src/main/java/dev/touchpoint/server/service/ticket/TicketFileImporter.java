package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.RowProblem;
import dev.touchpoint.server.platform.tabular.SpreadsheetSafety;
import dev.touchpoint.server.platform.tabular.TabularReader;
import dev.touchpoint.server.platform.tabular.TabularRow;
import dev.touchpoint.server.service.ImportedTicket;
import dev.touchpoint.server.service.Party;
import dev.touchpoint.server.service.RootCause;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports tickets from a CSV (UTF-8 or GBK) or XLSX file: one row per message, rows with the same
 * {@code ticketRef} form one ticket (its fields from the ticket's first row), times historical. Problems
 * are reported by the spreadsheet row and column; a ticket with any problem is not imported.
 */
@Component
class TicketFileImporter {

    /** The columns, in the order of the template. */
    static final List<String> COLUMNS = List.of(
            "ticketRef",
            "customerId",
            "type",
            "priority",
            "channel",
            "subject",
            "createdAt",
            "status",
            "solvedAt",
            "closedAt",
            "rootCause",
            "satisfaction",
            "orderId",
            "party",
            "internal",
            "author",
            "body",
            "at");
    /** Times without an offset are local times of this zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[' ']['T']HH:mm[:ss]");

    private final TicketImporter importer;
    private final Validator validator;

    TicketFileImporter(TicketImporter importer, Validator validator) {
        this.importer = importer;
        this.validator = validator;
    }

    @Transactional
    ImportReport run(byte[] content, String fileName, boolean dryRun, boolean validOnly) {
        var data = TabularReader.read(content, fileName);
        var groups = new LinkedHashMap<String, List<TabularRow>>();
        var problems = new ArrayList<RowProblem>();
        int rejected = 0;
        for (var row : data.rows()) {
            var ref = row.get("ticketRef");
            if (ref == null) {
                problems.add(new RowProblem(row.row(), "ticketRef", "required: rows are grouped into tickets by it"));
                continue;
            }
            groups.computeIfAbsent(ref, k -> new ArrayList<>()).add(row);
        }
        var batch = new ArrayList<ImportedTicket>();
        var rowOf = new ArrayList<Integer>();
        for (var e : groups.entrySet()) {
            var found = new ArrayList<RowProblem>();
            var ticket = parse(e.getKey(), e.getValue(), found);
            if (ticket != null && found.isEmpty()) {
                for (var v : validator.validate(ticket)) {
                    found.add(new RowProblem(
                            e.getValue().get(0).row(),
                            column(v.getPropertyPath().toString()),
                            v.getMessage()));
                }
            }
            if (found.isEmpty()) {
                batch.add(ticket);
                rowOf.add(e.getValue().get(0).row());
            } else {
                problems.addAll(found);
                rejected++;
            }
        }
        var report = importer.run(
                batch, rowOf, problems, rejected, data.format().name(), data.encoding(), dryRun, validOnly, true);
        var renamed = report.problems().stream()
                .map(p -> new RowProblem(p.row(), column(p.column()), p.reason()))
                .toList();
        return new ImportReport(
                report.rows(), report.validRows(), renamed, report.applied(), report.imported(), report.encoding());
    }

    /** The file's column for a field of {@link ImportedTicket}. */
    static String column(String field) {
        if (field.startsWith("messages")) {
            return field.contains("author") ? "author" : field.contains("at") ? "at" : "body";
        }
        return switch (field) {
            case "externalRef" -> "ticketRef";
            case "statusChanges.at" -> "solvedAt";
            default -> field;
        };
    }

    private ImportedTicket parse(String ref, List<TabularRow> rows, List<RowProblem> problems) {
        for (var row : rows) {
            for (var cell : row.values().entrySet()) {
                if (SpreadsheetSafety.looksLikeFormula(cell.getValue())) {
                    problems.add(new RowProblem(row.row(), cell.getKey(), "looks like a spreadsheet formula"));
                }
            }
        }
        var first = rows.get(0);
        int r = first.row();
        var customerId = number(first, "customerId", true, problems);
        var type = value(TicketType.class, first, "type", true, problems);
        var priority = value(TicketPriority.class, first, "priority", false, problems);
        var channel = value(TicketChannel.class, first, "channel", false, problems);
        var subject = required(first, "subject", problems);
        var createdAt = time(first, "createdAt", true, problems);
        var status = value(TicketStatus.class, first, "status", false, problems);
        var solvedAt = time(first, "solvedAt", false, problems);
        var closedAt = time(first, "closedAt", false, problems);
        var rootCause = value(RootCause.class, first, "rootCause", false, problems);
        var satisfaction = number(first, "satisfaction", false, problems);
        var orderId = number(first, "orderId", false, problems);
        for (var later : rows.subList(1, rows.size())) {
            for (var c : List.of("customerId", "type", "subject", "createdAt")) {
                if (later.get(c) != null && !later.get(c).equals(first.get(c))) {
                    problems.add(new RowProblem(later.row(), c, "differs from the ticket's first row (row " + r + ")"));
                }
            }
        }
        var messages = new ArrayList<ImportedTicket.Message>();
        for (var row : rows) {
            var party = value(Party.class, row, "party", false, problems);
            var body = row.get("body");
            var at = time(row, "at", false, problems);
            if (party == null && body == null && at == null) {
                continue;
            }
            if (party == null || body == null || at == null) {
                var missing = party == null ? "party" : body == null ? "body" : "at";
                if (row.get(missing) == null) {
                    problems.add(new RowProblem(row.row(), missing, "a message needs party, body and at"));
                }
                continue;
            }
            var internal = "true".equalsIgnoreCase(row.get("internal"))
                    || "1".equals(row.get("internal"))
                    || "是".equals(row.get("internal"));
            if (internal && party == Party.CUSTOMER) {
                problems.add(new RowProblem(row.row(), "internal", "only agents write internal notes"));
            }
            if (createdAt != null && at.isBefore(createdAt)) {
                problems.add(new RowProblem(row.row(), "at", "the message at " + at + " is older than the ticket"));
            }
            messages.add(new ImportedTicket.Message(party, internal, row.get("author"), body, at));
        }
        var changes = new ArrayList<ImportedTicket.StatusChange>();
        if (status != null) {
            var lastMessage = messages.stream()
                    .map(ImportedTicket.Message::at)
                    .max(Instant::compareTo)
                    .orElse(createdAt);
            switch (status) {
                case SOLVED -> {
                    if (solvedAt == null) {
                        problems.add(new RowProblem(r, "solvedAt", "required when the status is SOLVED"));
                    } else {
                        changes.add(new ImportedTicket.StatusChange(TicketStatus.SOLVED, solvedAt));
                    }
                }
                case CLOSED -> {
                    if (closedAt == null) {
                        problems.add(new RowProblem(r, "closedAt", "required when the status is CLOSED"));
                    } else {
                        if (solvedAt != null) {
                            changes.add(new ImportedTicket.StatusChange(TicketStatus.SOLVED, solvedAt));
                        }
                        changes.add(new ImportedTicket.StatusChange(TicketStatus.CLOSED, closedAt));
                    }
                }
                case NEW -> {}
                default -> {
                    if (lastMessage != null) {
                        changes.add(new ImportedTicket.StatusChange(status, lastMessage));
                    }
                }
            }
            if (solvedAt != null && createdAt != null && solvedAt.isBefore(createdAt)) {
                problems.add(new RowProblem(r, "solvedAt", "before the ticket was created"));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ImportedTicket(
                ref,
                customerId,
                orderId,
                null,
                type,
                priority,
                channel,
                subject,
                null,
                null,
                createdAt,
                messages,
                changes,
                rootCause,
                null,
                null,
                (BigDecimal) null,
                null,
                satisfaction == null ? null : satisfaction.intValue(),
                satisfaction == null ? null : solvedAt);
    }

    private static String required(TabularRow row, String column, List<RowProblem> problems) {
        var v = row.get(column);
        if (v == null) {
            problems.add(new RowProblem(row.row(), column, "required"));
        }
        return v;
    }

    private static Long number(TabularRow row, String column, boolean required, List<RowProblem> problems) {
        var v = required ? required(row, column, problems) : row.get(column);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            problems.add(new RowProblem(row.row(), column, "not a whole number: " + v));
            return null;
        }
    }

    private static <E extends Enum<E>> E value(
            Class<E> type, TabularRow row, String column, boolean required, List<RowProblem> problems) {
        var v = required ? required(row, column, problems) : row.get(column);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            var allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .toList();
            problems.add(new RowProblem(row.row(), column, "unknown value " + v + "; one of " + allowed));
            return null;
        }
    }

    /** ISO-8601 with an offset ({@code 2027-01-08T17:00:00+08:00}, {@code …Z}) or a local time of {@link #ZONE}. */
    static Instant time(TabularRow row, String column, boolean required, List<RowProblem> problems) {
        var v = required ? required(row, column, problems) : row.get(column);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(v, LOCAL).atZone(ZONE).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(new RowProblem(
                        row.row(),
                        column,
                        "not a time: " + v + " (use 2027-01-08 17:00 or 2027-01-08T17:00:00+08:00)"));
                return null;
            }
        }
    }
}
