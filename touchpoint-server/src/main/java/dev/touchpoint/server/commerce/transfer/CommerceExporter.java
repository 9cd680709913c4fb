package dev.touchpoint.server.commerce.transfer;

import dev.touchpoint.server.commerce.order.OrderFilter;
import dev.touchpoint.server.commerce.order.OrderRepository;
import dev.touchpoint.server.commerce.product.CatalogRepository;
import dev.touchpoint.server.commerce.product.ProductFilter;
import dev.touchpoint.server.commerce.receivable.ReceivableFilter;
import dev.touchpoint.server.commerce.receivable.ReceivableRepository;
import dev.touchpoint.server.commerce.receivable.ReceivableService;
import dev.touchpoint.server.commerce.shared.CommerceAccess;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.identity.UserAccount;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import dev.touchpoint.server.platform.tabular.TabularWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports products, orders (one row per line, the same columns the order import reads) and receivables,
 * with the filters of their lists and within the caller's scope. Every export is audited with its
 * filter and row count.
 */
@Service
class CommerceExporter {

    static final List<String> PRODUCT_HEADERS = List.of("sku", "name", "category", "kind", "price", "cost", "active");
    static final List<String> ORDER_HEADERS = List.of(
            "order_ref",
            "customer",
            "customer_name",
            "order_date",
            "team",
            "sales_rep",
            "sku",
            "product_name",
            "quantity",
            "unit_price",
            "discount",
            "stage",
            "channel",
            "unit_cost",
            "revenue",
            "cost",
            "gross_margin",
            "returned_quantity");
    static final List<String> RECEIVABLE_HEADERS = List.of(
            "id",
            "order_ref",
            "order_id",
            "customer",
            "customer_name",
            "issued_on",
            "due_date",
            "amount",
            "paid",
            "outstanding",
            "status");

    private final CatalogRepository catalog;
    private final OrderRepository orders;
    private final ReceivableService receivables;
    private final ReceivableRepository receivableRepository;
    private final CommerceAccess access;
    private final IdentityApi identity;
    private final AuditLog audit;

    CommerceExporter(
            CatalogRepository catalog,
            OrderRepository orders,
            ReceivableService receivables,
            ReceivableRepository receivableRepository,
            CommerceAccess access,
            IdentityApi identity,
            AuditLog audit) {
        this.catalog = catalog;
        this.orders = orders;
        this.receivables = receivables;
        this.receivableRepository = receivableRepository;
        this.access = access;
        this.identity = identity;
        this.audit = audit;
    }

    @Transactional
    void products(ProductFilter filter, TabularFormat format, OutputStream out) {
        var rows = new ArrayList<List<?>>();
        int page = 0;
        while (true) {
            var result = catalog.search(filter, new PageRequest(page++, PageRequest.MAX_SIZE));
            result.items()
                    .forEach(p -> rows.add(Arrays.asList(
                            p.sku(),
                            p.name(),
                            p.categoryCode(),
                            p.kind().name(),
                            p.listPrice(),
                            p.unitCost(),
                            p.active())));
            if (!result.hasNext()) {
                break;
            }
        }
        audited("product", filter, rows.size());
        TabularWriter.write(format, PRODUCT_HEADERS, rows, out);
    }

    @Transactional
    void orders(OrderFilter filter, TabularFormat format, OutputStream out) {
        var teams = identity.listTeams().stream().collect(Collectors.toMap(Team::id, Team::name));
        var users = new HashMap<Long, Optional<UserAccount>>();
        var names = new HashMap<Long, String>();
        var rows = new ArrayList<List<?>>();
        orders.forEachLine(filter, access.scope("o.customer_id"), r -> {
            long customerId = ((Number) r.get("customer_id")).longValue();
            var teamId = (Long) r.get("team_id");
            var repId = (Long) r.get("sales_rep_id");
            var revenue = (java.math.BigDecimal) r.get("revenue");
            var cost = (java.math.BigDecimal) r.get("cost");
            rows.add(Arrays.asList(
                    r.get("order_ref") != null ? r.get("order_ref") : "ORDER-" + r.get("order_id"),
                    customerId,
                    names.computeIfAbsent(customerId, access::customerName),
                    r.get("order_date").toString(),
                    teamId == null ? null : teams.get(teamId),
                    repId == null
                            ? null
                            : users.computeIfAbsent(repId, identity::findUser)
                                    .map(UserAccount::username)
                                    .orElse(null),
                    r.get("sku"),
                    r.get("product_name"),
                    r.get("quantity"),
                    r.get("unit_price"),
                    r.get("discount_percent"),
                    r.get("stage"),
                    r.get("channel"),
                    r.get("unit_cost"),
                    revenue,
                    cost,
                    revenue.subtract(cost),
                    r.get("returned_quantity")));
        });
        audited("order", filter, rows.size());
        TabularWriter.write(format, ORDER_HEADERS, rows, out);
    }

    @Transactional
    void receivables(ReceivableFilter filter, TabularFormat format, OutputStream out) {
        var names = new HashMap<Long, String>();
        var rows = new ArrayList<List<?>>();
        receivableRepository.forEach(
                filter,
                access.scope("r.customer_id"),
                receivables.today(),
                r -> rows.add(Arrays.asList(
                        r.id(),
                        r.orderRef(),
                        r.orderId(),
                        r.customerId(),
                        names.computeIfAbsent(r.customerId(), access::customerName),
                        r.issuedOn().toString(),
                        r.dueDate().toString(),
                        r.amount(),
                        r.paid(),
                        r.outstanding(),
                        r.status().name())));
        audited("receivable", filter, rows.size());
        TabularWriter.write(format, RECEIVABLE_HEADERS, rows, out);
    }

    private void audited(String type, Record filter, int rows) {
        var details = new LinkedHashMap<String, Object>();
        details.put("filter", filter.toString());
        details.put("rows", rows);
        audit.record(AuditLog.Action.EXPORT, type, null, "exported " + rows + " " + type + " rows", details);
    }
}
