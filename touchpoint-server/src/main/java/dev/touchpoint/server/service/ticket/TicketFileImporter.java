package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.customer.CustomerRef;
import dev.touchpoint.server.platform.tabular.FileColumns;
import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportRecord;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.ImportRow;
import dev.touchpoint.server.platform.tabular.ImportSpec;
import dev.touchpoint.server.platform.tabular.TabularImports;
import dev.touchpoint.server.service.ImportedTicket;
import dev.touchpoint.server.service.Party;
import dev.touchpoint.server.service.RootCause;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import dev.touchpoint.server.service.shared.ServiceAccess;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports tickets from a CSV (UTF-8 or GBK) or XLSX file through the one import flow: one row per
 * message ({@link TicketColumns}), rows with the same {@code ticketRef} form one ticket (its fields from
 * the ticket's first row), times historical. The report counts tickets; a ticket with any problem is not
 * imported.
 */
@Component
class TicketFileImporter {

    /** Times without an offset are local times of this zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[' ']['T']HH:mm[:ss]");

    private final TicketImporter importer;
    private final Validator validator;
    private final ServiceAccess access;
    private final TabularImports imports;

    TicketFileImporter(TicketImporter importer, Validator validator, ServiceAccess access, TabularImports imports) {
        this.importer = importer;
        this.validator = validator;
        this.access = access;
        this.imports = imports;
    }

    @Transactional
    ImportReport run(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        access.requireWriter();
        return imports.run(new Spec(), content, fileName, dryRun, mode);
    }

    private final class Spec implements ImportSpec<TicketColumns, ImportedTicket> {

        private final Set<String> refs = new HashSet<>();
        private final Map<Long, CustomerRef> customers = new HashMap<>();

        @Override
        public FileColumns<TicketColumns> columns() {
            return TicketColumns.FILE;
        }

        @Override
        public String entityType() {
            return "ticket";
        }

        @Override
        public String noun() {
            return "tickets";
        }

        @Override
        public TicketColumns groupBy() {
            return TicketColumns.TICKET_REF;
        }

        @Override
        public boolean countsRecords() {
            return true;
        }

        @Override
        public ImportedTicket check(ImportRecord<TicketColumns> record) {
            var ticket = parse(record);
            if (ticket == null || !record.ok()) {
                return null;
            }
            var first = record.first();
            for (var v : validator.validate(ticket)) {
                first.problem(TicketColumns.ofField(v.getPropertyPath().toString()), v.getMessage());
            }
            if (first.ok()) {
                importer.validate(
                        ticket,
                        refs,
                        true,
                        customers,
                        (field, reason) -> first.problem(TicketColumns.ofField(field), reason));
            }
            return ticket;
        }

        @Override
        public Map<String, Object> store(List<ImportedTicket> values) {
            for (var t : values) {
                importer.store(t, customers.get(t.customerId()));
            }
            return Map.of("source", "FILE");
        }
    }

    private static ImportedTicket parse(ImportRecord<TicketColumns> record) {
        var first = record.first();
        int r = first.number();
        var customerId = first.wholeNumber(TicketColumns.CUSTOMER_ID);
        first.required(TicketColumns.CUSTOMER_ID);
        var type = first.choice(TicketColumns.TYPE, TicketType.class, Map.of());
        first.required(TicketColumns.TYPE);
        var priority = first.choice(TicketColumns.PRIORITY, TicketPriority.class, Map.of());
        var channel = first.choice(TicketColumns.CHANNEL, TicketChannel.class, Map.of());
        var subject = first.required(TicketColumns.SUBJECT);
        var createdAt = time(first, TicketColumns.CREATED_AT);
        first.required(TicketColumns.CREATED_AT);
        var status = first.choice(TicketColumns.STATUS, TicketStatus.class, Map.of());
        var solvedAt = time(first, TicketColumns.SOLVED_AT);
        var closedAt = time(first, TicketColumns.CLOSED_AT);
        var rootCause = first.choice(TicketColumns.ROOT_CAUSE, RootCause.class, Map.of());
        var satisfaction = first.wholeNumber(TicketColumns.SATISFACTION);
        var orderId = first.wholeNumber(TicketColumns.ORDER_ID);
        for (var later : record.rows().subList(1, record.rows().size())) {
            for (var c : List.of(
                    TicketColumns.CUSTOMER_ID, TicketColumns.TYPE, TicketColumns.SUBJECT, TicketColumns.CREATED_AT)) {
                if (later.text(c) != null && !later.text(c).equals(first.text(c))) {
                    later.problem(c, "differs from the ticket's first row (row " + r + ")");
                }
            }
        }
        var messages = new ArrayList<ImportedTicket.Message>();
        for (var row : record.rows()) {
            var party = row.choice(TicketColumns.PARTY, Party.class, Map.of());
            var body = row.text(TicketColumns.BODY);
            var at = time(row, TicketColumns.AT);
            if (party == null && body == null && at == null) {
                continue;
            }
            if (party == null || body == null || at == null) {
                var missing =
                        party == null ? TicketColumns.PARTY : body == null ? TicketColumns.BODY : TicketColumns.AT;
                row.problem(missing, "a message needs party, body and at");
                continue;
            }
            var internal = row.yesNo(TicketColumns.INTERNAL, List.of(), List.of());
            if (Boolean.TRUE.equals(internal) && party == Party.CUSTOMER) {
                row.problem(TicketColumns.INTERNAL, "only agents write internal notes");
            }
            if (createdAt != null && at.isBefore(createdAt)) {
                row.problem(TicketColumns.AT, "the message at " + at + " is older than the ticket");
            }
            messages.add(new ImportedTicket.Message(
                    party, Boolean.TRUE.equals(internal), row.text(TicketColumns.AUTHOR), body, at));
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
                        first.problem(TicketColumns.SOLVED_AT, "required when the status is SOLVED");
                    } else {
                        changes.add(new ImportedTicket.StatusChange(TicketStatus.SOLVED, solvedAt));
                    }
                }
                case CLOSED -> {
                    if (closedAt == null) {
                        first.problem(TicketColumns.CLOSED_AT, "required when the status is CLOSED");
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
                first.problem(TicketColumns.SOLVED_AT, "before the ticket was created");
            }
        }
        if (!record.ok()) {
            return null;
        }
        return new ImportedTicket(
                record.key(),
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

    /** ISO-8601 with an offset ({@code 2027-01-08T17:00:00+08:00}, {@code …Z}) or a local time of {@link #ZONE}. */
    static Instant time(ImportRow<TicketColumns> row, TicketColumns column) {
        return row.parse(
                column,
                v -> {
                    try {
                        return OffsetDateTime.parse(v).toInstant();
                    } catch (DateTimeParseException notOffset) {
                        return LocalDateTime.parse(v, LOCAL).atZone(ZONE).toInstant();
                    }
                },
                "a time (use 2027-01-08 17:00 or 2027-01-08T17:00:00+08:00)");
    }
}
