package dev.touchpoint.server.sales.lead;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import dev.touchpoint.server.platform.tabular.TabularWriter;
import dev.touchpoint.server.sales.shared.SalesAccess;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Exports the leads matching the list's filters (within the caller's scope) with the import columns
 * first, so an export can be edited and imported again. {@link TabularWriter} neutralises formula-like
 * text. Every export is audited with its filters and row count.
 */
@Service
class LeadExporter {

    private final LeadRepository leads;
    private final SalesAccess access;
    private final IdentityApi identity;
    private final AuditLog audit;
    private final Clock clock;

    LeadExporter(LeadRepository leads, SalesAccess access, IdentityApi identity, AuditLog audit, Clock clock) {
        this.leads = leads;
        this.access = access;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes the file and returns the number of leads in it. */
    int export(LeadQuery query, TabularFormat format, OutputStream out) {
        var users = new HashMap<Long, String>();
        var teams = new HashMap<Long, String>();
        identity.listTeams().forEach(t -> teams.put(t.id(), t.name()));
        var rows = new ArrayList<List<Object>>();
        for (var lead : leads.all(access.me(), query)) {
            rows.add(row(lead, users, teams));
        }
        var headers = new ArrayList<>(LeadColumns.FILE.headers());
        headers.addAll(List.of("id", "status", "man", "lastFollowUpOn", "createdOn"));
        TabularWriter.write(format, headers, rows, out);
        var details = new LinkedHashMap<String, Object>();
        details.put("q", query.q() == null ? "" : query.q());
        details.put(
                "intentClass",
                query.intentClass() == null ? "" : query.intentClass().name());
        details.put("status", query.status() == null ? "" : query.status().name());
        details.put("owner", query.ownerId() == null ? "" : query.ownerId().toString());
        details.put("format", format.extension());
        details.put("rows", rows.size());
        audit.record(AuditLog.Action.EXPORT, "sales_lead", null, rows.size() + " leads exported", details);
        return rows.size();
    }

    private List<Object> row(Lead l, Map<Long, String> users, Map<Long, String> teams) {
        // same order as LeadColumns
        return Arrays.asList(
                l.name(),
                l.phone(),
                l.email(),
                l.company(),
                l.source().name(),
                l.productInterest(),
                l.intentClass() == null ? null : l.intentClass().name(),
                day(l.firstContactAt()),
                l.ownerId() == null
                        ? null
                        : users.computeIfAbsent(
                                l.ownerId(),
                                id -> identity.findUser(id)
                                        .map(u -> u.username())
                                        .orElse("#" + id)),
                l.teamId() == null ? null : teams.get(l.teamId()),
                l.notes(),
                l.id(),
                l.status().name(),
                l.man(),
                day(l.lastFollowUpAt()),
                day(l.createdAt()));
    }

    private LocalDate day(java.time.Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, clock.getZone());
    }
}
