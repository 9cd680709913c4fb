package dev.touchpoint.server.service.ticket;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import dev.touchpoint.server.platform.tabular.TabularWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Component;

/** Exports the filtered tickets with their SLA state and measured times (CSV or XLSX), audited. */
@Component
class TicketExporter {

    /** An export file. */
    record File(byte[] bytes, String mediaType, String filename) {}

    static final List<String> HEADERS = List.of(
            "id",
            "customer_id",
            "customer",
            "type",
            "priority",
            "status",
            "channel",
            "subject",
            "team",
            "assignee",
            "created_at",
            "first_response_at",
            "solved_at",
            "sla_state",
            "first_response_minutes",
            "average_response_minutes",
            "resolution_minutes",
            "escalation_level",
            "root_cause",
            "compensation",
            "satisfaction");

    private final TicketService tickets;
    private final AuditLog audit;

    TicketExporter(TicketService tickets, AuditLog audit) {
        this.tickets = tickets;
        this.audit = audit;
    }

    File export(TicketFilter filter, String format) {
        var tabular = TabularFormat.of(format);
        var rows = new ArrayList<List<?>>();
        int page = 0;
        while (true) {
            var result = tickets.search(filter, new PageRequest(page, PageRequest.MAX_SIZE));
            for (var t : result.items()) {
                var m = t.sla() == null ? null : t.sla().measured();
                var c = t.complaint();
                rows.add(java.util.Arrays.asList(
                        t.id(),
                        t.customerId(),
                        t.customerName(),
                        t.type(),
                        t.priority(),
                        t.status(),
                        t.channel(),
                        t.subject(),
                        t.teamName(),
                        t.assigneeName(),
                        t.createdAt(),
                        t.firstResponseAt(),
                        t.solvedAt(),
                        t.sla() == null ? null : t.sla().state(),
                        m == null ? null : m.firstResponseMinutes(),
                        m == null ? null : m.averageResponseMinutes(),
                        m == null ? null : m.resolutionMinutes(),
                        t.escalationLevel(),
                        c == null ? null : c.rootCause(),
                        c == null ? null : c.compensationKind(),
                        c == null ? null : c.satisfaction()));
            }
            if (!result.hasNext()) {
                break;
            }
            page++;
        }
        var out = new ByteArrayOutputStream();
        TabularWriter.write(tabular, HEADERS, rows, out);
        var details = new LinkedHashMap<String, Object>();
        details.put("format", tabular.name());
        details.put("rows", rows.size());
        details.put("filter", filter.toString());
        audit.record(AuditLog.Action.EXPORT, "ticket", null, "tickets exported", details);
        return new File(out.toByteArray(), tabular.mediaType(), "tickets." + tabular.extension());
    }
}
