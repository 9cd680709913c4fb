package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.commerce.OrderStage;
import dev.touchpoint.server.commerce.product.CatalogRepository;
import dev.touchpoint.server.commerce.product.Product;
import dev.touchpoint.server.commerce.shared.CommerceAccess;
import dev.touchpoint.server.commerce.transfer.Columns;
import dev.touchpoint.server.commerce.transfer.ImportMode;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.identity.UserAccount;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.RowProblem;
import dev.touchpoint.server.platform.tabular.TabularReader;
import dev.touchpoint.server.platform.tabular.TabularRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports orders from CSV or XLSX, one row per line; rows sharing an {@code order_ref} form one order.
 * Columns: order_ref, customer (id or phone), order_date (yyyy-MM-dd), team, sales_rep (username),
 * sku, quantity, unit_price, discount (percent), stage; optional channel, due_date, paid. Chinese
 * headers accepted. Imported orders skip the credit check (they are history), but each customer must
 * be within the importer's scope.
 */
@Service
public class OrderImporter {

    static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("order_ref", List.of("订单号", "订单编号", "单号", "order")),
            Map.entry("customer", List.of("客户", "客户id", "客户电话", "customer_id", "phone", "手机")),
            Map.entry("order_date", List.of("订单日期", "日期", "下单日期", "date")),
            Map.entry("team", List.of("门店", "团队", "站点", "site")),
            Map.entry("sales_rep", List.of("销售顾问", "销售", "销售员", "username")),
            Map.entry("sku", List.of("产品编码", "编码", "货号")),
            Map.entry("quantity", List.of("数量", "qty")),
            Map.entry("unit_price", List.of("单价", "价格", "price")),
            Map.entry("discount", List.of("折扣", "折扣%", "discount_percent")),
            Map.entry("stage", List.of("阶段", "状态", "订单阶段")),
            Map.entry("channel", List.of("渠道")),
            Map.entry("due_date", List.of("到期日", "应收到期日")),
            Map.entry("paid", List.of("已付款", "已付")));

    static final Map<String, OrderStage> STAGE_NAMES = Map.of(
            "已下单",
            OrderStage.ORDERED,
            "进行中",
            OrderStage.IN_PROGRESS,
            "已检验",
            OrderStage.INSPECTED,
            "已交付",
            OrderStage.DELIVERED,
            "已取消",
            OrderStage.CANCELLED,
            "下单",
            OrderStage.ORDERED,
            "交付",
            OrderStage.DELIVERED);

    private final OrderService orders;
    private final OrderRepository orderRepository;
    private final CatalogRepository catalog;
    private final CustomerLookup customers;
    private final CommerceAccess access;
    private final IdentityApi identity;
    private final AuditLog audit;

    OrderImporter(
            OrderService orders,
            OrderRepository orderRepository,
            CatalogRepository catalog,
            CustomerLookup customers,
            CommerceAccess access,
            IdentityApi identity,
            AuditLog audit) {
        this.orders = orders;
        this.orderRepository = orderRepository;
        this.catalog = catalog;
        this.customers = customers;
        this.access = access;
        this.identity = identity;
        this.audit = audit;
    }

    /** One valid row, before grouping. */
    private record Row(
            int row,
            String ref,
            long customerId,
            Long customerTeam,
            LocalDate date,
            Long teamId,
            Long repId,
            String channel,
            OrderStage stage,
            LocalDate dueDate,
            boolean paid,
            PlacedOrder.Line line) {

        List<Object> header() {
            return java.util.Arrays.asList(customerId, date, teamId, repId, channel, stage, dueDate, paid);
        }
    }

    @Transactional
    public ImportReport importFile(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        var user = access.requireWriter();
        var data = TabularReader.read(content, fileName);
        var columns = new Columns(data.headers(), ALIASES);
        var problems = new ArrayList<RowProblem>();
        var skus = new ArrayList<String>();
        data.rows()
                .forEach(r -> Optional.ofNullable(columns.text(r, "sku", new ArrayList<>()))
                        .ifPresent(skus::add));
        var products = catalog.findBySkus(skus);
        var teams = teamsByName();
        var users = new HashMap<String, Optional<UserAccount>>();
        var groups = new LinkedHashMap<String, List<Row>>();
        var badRefs = new java.util.HashSet<String>();
        for (var row : data.rows()) {
            var rowProblems = new ArrayList<RowProblem>();
            var parsed = parse(row, columns, user, products, teams, users, rowProblems);
            var ref = columns.text(row, "order_ref", new ArrayList<>());
            if (parsed != null) {
                var group = groups.computeIfAbsent(parsed.ref(), k -> new ArrayList<>());
                if (!group.isEmpty() && !group.get(0).header().equals(parsed.header())) {
                    rowProblems.add(
                            new RowProblem(
                                    row.row(),
                                    "order_ref",
                                    "rows of order " + parsed.ref()
                                            + " disagree on customer, date, team, sales rep, channel, stage, due date or paid"));
                } else {
                    group.add(parsed);
                }
            }
            if (!rowProblems.isEmpty() && ref != null) {
                badRefs.add(ref);
            }
            problems.addAll(rowProblems);
        }
        // an order is stored whole or not at all: one bad line holds back its other lines
        groups.keySet().removeIf(badRefs::contains);
        int validRows = groups.values().stream().mapToInt(List::size).sum();
        boolean apply = !dryRun && (problems.isEmpty() || mode == ImportMode.VALID_ONLY);
        int imported = 0;
        if (apply) {
            for (var group : groups.values()) {
                var first = group.get(0);
                var placed = new PlacedOrder(
                        first.customerId(),
                        first.ref(),
                        first.date(),
                        first.teamId() != null ? first.teamId() : first.customerTeam(),
                        first.repId(),
                        first.channel(),
                        null,
                        group.stream().map(Row::line).toList(),
                        first.dueDate());
                orders.store(placed, first.stage(), first.paid());
                imported += group.size();
            }
            audit.record(
                    AuditLog.Action.IMPORT,
                    "order",
                    null,
                    "imported " + groups.size() + " orders",
                    Map.of(
                            "rows",
                            data.rows().size(),
                            "imported",
                            imported,
                            "orders",
                            groups.size(),
                            "mode",
                            mode.name()));
        }
        return new ImportReport(data.rows().size(), validRows, problems, apply, imported, data.encoding());
    }

    private Row parse(
            TabularRow row,
            Columns columns,
            CurrentUser user,
            Map<String, Product> products,
            Map<String, Long> teams,
            Map<String, Optional<UserAccount>> users,
            List<RowProblem> problems) {
        var ref = columns.required(row, "order_ref", problems);
        var customerText = columns.required(row, "customer", problems);
        var date = Columns.date(row, "order_date", columns.required(row, "order_date", problems), problems);
        var teamText = columns.text(row, "team", problems);
        var repText = columns.text(row, "sales_rep", problems);
        var sku = columns.required(row, "sku", problems);
        var quantity = Columns.positiveInt(row, "quantity", columns.required(row, "quantity", problems), problems);
        var price = Columns.decimal(row, "unit_price", columns.text(row, "unit_price", problems), problems);
        var discountText = columns.text(row, "discount", problems);
        var discount =
                Columns.decimal(row, "discount", discountText == null ? null : discountText.replace("%", ""), problems);
        var stageText = columns.text(row, "stage", problems);
        var channel = columns.text(row, "channel", problems);
        var due = Columns.date(row, "due_date", columns.text(row, "due_date", problems), problems);
        var paid = Columns.bool(row, "paid", columns.text(row, "paid", problems), problems);

        if (ref != null && ref.length() > 64) {
            problems.add(new RowProblem(row.row(), "order_ref", "at most 64 characters"));
        } else if (ref != null && orderRepository.refTaken(ref)) {
            problems.add(new RowProblem(row.row(), "order_ref", "order " + ref + " already exists"));
        }
        var customer =
                customerText == null ? null : customers.find(customerText, user).orElse(null);
        if (customerText != null && customer == null) {
            problems.add(new RowProblem(row.row(), "customer", "no customer " + customerText + " within your scope"));
        }
        Long teamId = null;
        if (teamText != null) {
            teamId = teams.get(teamText.strip().toLowerCase(Locale.ROOT));
            if (teamId == null) {
                problems.add(new RowProblem(row.row(), "team", "unknown team: " + teamText));
            }
        }
        Long repId = null;
        if (repText != null) {
            var rep = users.computeIfAbsent(repText.strip().toLowerCase(Locale.ROOT), identity::findUser);
            if (rep.isEmpty()) {
                problems.add(new RowProblem(row.row(), "sales_rep", "unknown user: " + repText));
            } else {
                repId = rep.get().id();
            }
        }
        var product = sku == null ? null : products.get(sku.toLowerCase(Locale.ROOT));
        if (sku != null && product == null) {
            problems.add(new RowProblem(row.row(), "sku", "unknown product: " + sku));
        } else if (product != null && !product.active()) {
            problems.add(new RowProblem(row.row(), "sku", "product no longer sold: " + sku));
        }
        if (discount != null && discount.compareTo(Money.HUNDRED) > 0) {
            problems.add(new RowProblem(row.row(), "discount", "a percentage from 0 to 100: " + discountText));
        }
        var stage = OrderStage.ORDERED;
        if (stageText != null) {
            stage = stage(stageText);
            if (stage == null) {
                problems.add(new RowProblem(row.row(), "stage", "unknown stage: " + stageText));
            }
        }
        if (due != null && date != null && due.isBefore(date)) {
            problems.add(new RowProblem(row.row(), "due_date", "before the order date"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        var line = new PlacedOrder.Line(
                product.id(),
                quantity,
                price != null ? price : product.listPrice(),
                discount != null ? discount : BigDecimal.ZERO,
                product.unitCost());
        return new Row(
                row.row(),
                ref,
                customer.id(),
                customer.teamId(),
                date,
                teamId,
                repId,
                channel,
                stage,
                due,
                Objects.requireNonNullElse(paid, false),
                line);
    }

    private Map<String, Long> teamsByName() {
        var map = new HashMap<String, Long>();
        for (Team t : identity.listTeams()) {
            map.put(t.name().toLowerCase(Locale.ROOT), t.id());
            map.put(Long.toString(t.id()), t.id());
        }
        return map;
    }

    static OrderStage stage(String text) {
        try {
            return OrderStage.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return STAGE_NAMES.get(text.strip());
        }
    }
}
