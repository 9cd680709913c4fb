package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import dev.touchpoint.server.platform.tabular.TabularWriter;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Exports the customers matching a list's filters (within the caller's scope) with the import
 * columns, so an export can be edited and imported again. Formula-like text is neutralised by
 * {@link TabularWriter}. Every export is audited with its filters and row count.
 */
@Service
class CustomerExporter {

    private final CustomerRepository customers;
    private final PeopleDirectory people;
    private final AuditLog audit;

    CustomerExporter(CustomerRepository customers, PeopleDirectory people, AuditLog audit) {
        this.customers = customers;
        this.people = people;
        this.audit = audit;
    }

    void export(CustomerQuery query, TabularFormat format, OutputStream out) {
        var names = people.names();
        var rows = new ArrayList<List<Object>>();
        int count = customers.forEach(query, CurrentUsers.require(), c -> rows.add(row(c, names)));
        var headers = new ArrayList<String>();
        headers.add("id");
        headers.addAll(CustomerColumns.FILE.headers());
        headers.add("createdAt");
        TabularWriter.write(format, headers, rows, out);
        var details = new LinkedHashMap<String, Object>(query.describe());
        details.put("format", format.extension());
        details.put("rows", count);
        audit.record(AuditLog.Action.EXPORT, "customer", null, count + " customers exported", details);
    }

    private static List<Object> row(Customer c, PeopleDirectory.Names names) {
        return Arrays.asList(
                c.id(),
                c.kind().name(),
                c.name(),
                c.phone(),
                c.email(),
                c.tier(),
                c.source(),
                names.username(c.ownerId()),
                names.team(c.teamId()),
                String.join(";", c.tags()),
                c.gender(),
                c.birthday(),
                c.city(),
                c.address(),
                c.industry(),
                c.notes(),
                c.createdAt()
                        .atZone(ZoneId.systemDefault())
                        .toLocalDateTime()
                        .withNano(0)
                        .toString());
    }
}
