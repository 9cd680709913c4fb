package dev.touchpoint.server.crosssell.action;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import dev.touchpoint.server.platform.tabular.TabularWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A call list as CSV or XLSX: the customers (within the caller's scope) to offer something, with
 * their phone-free identification (number and name; phones stay in the CRM) and the reason. Every
 * export is in the audit log, as exports of personal data are.
 */
@Component
public class CallListExporter {

    static final List<String> HEADERS = List.of(
            "customer_id", "customer_name", "offer", "offer_name", "expected_value", "probability", "reason", "rule");

    private final NextActionService actions;
    private final CustomerApi customers;
    private final AuditLog audit;

    CallListExporter(NextActionService actions, CustomerApi customers, AuditLog audit) {
        this.actions = actions;
        this.customers = customers;
        this.audit = audit;
    }

    public void export(String offer, TabularFormat format, OutputStream out, Locale locale) {
        var list = actions.callList(offer, 100_000, locale);
        var names =
                customers.names(list.stream().map(NextActionView::customerId).toList());
        var rows = new ArrayList<List<?>>();
        for (var a : list) {
            rows.add(Arrays.asList(
                    a.customerId(),
                    names.get(a.customerId()),
                    a.offer() == null ? a.kind() : a.offer(),
                    a.offerName(),
                    a.expectedValue(),
                    Math.round(a.probability() * 1000) / 1000.0,
                    a.reason(),
                    a.rule()));
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("offer", offer);
        details.put("rows", rows.size());
        details.put("format", format.extension());
        audit.record(
                AuditLog.Action.EXPORT,
                "next_action",
                null,
                "exported a call list of " + rows.size() + " customers",
                details);
        TabularWriter.write(format, HEADERS, rows, out);
    }
}
