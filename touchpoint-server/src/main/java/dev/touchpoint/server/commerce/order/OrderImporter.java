package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.commerce.OrderStage;
import dev.touchpoint.server.commerce.product.CatalogRepository;
import dev.touchpoint.server.commerce.product.Product;
import dev.touchpoint.server.commerce.shared.CommerceAccess;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.identity.UserAccount;
import dev.touchpoint.server.platform.tabular.FileColumns;
import dev.touchpoint.server.platform.tabular.ImportMode;
import dev.touchpoint.server.platform.tabular.ImportRecord;
import dev.touchpoint.server.platform.tabular.ImportReport;
import dev.touchpoint.server.platform.tabular.ImportRow;
import dev.touchpoint.server.platform.tabular.ImportSpec;
import dev.touchpoint.server.platform.tabular.TabularImports;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports orders from CSV or XLSX through the one import flow, one row per line ({@link OrderColumns});
 * rows sharing an {@code order_ref} form one order, stored whole or not at all. Imported orders skip
 * the credit check (they are history), but each customer must be within the importer's scope.
 */
@Service
public class OrderImporter {

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
    private final TabularImports imports;

    OrderImporter(
            OrderService orders,
            OrderRepository orderRepository,
            CatalogRepository catalog,
            CustomerLookup customers,
            CommerceAccess access,
            IdentityApi identity,
            TabularImports imports) {
        this.orders = orders;
        this.orderRepository = orderRepository;
        this.catalog = catalog;
        this.customers = customers;
        this.access = access;
        this.identity = identity;
        this.imports = imports;
    }

    @Transactional
    public ImportReport importFile(byte[] content, String fileName, boolean dryRun, ImportMode mode) {
        var user = access.requireWriter();
        return imports.run(new Spec(user), content, fileName, dryRun, mode);
    }

    /** One checked line. */
    private record Line(
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

        /** What every line of one order must agree on. */
        List<Object> header() {
            return Arrays.asList(customerId, date, teamId, repId, channel, stage, dueDate, paid);
        }
    }

    private final class Spec implements ImportSpec<OrderColumns, List<Line>> {

        private final CurrentUser user;
        private final Map<String, Long> teams = teamsByName();
        private final Map<String, Optional<UserAccount>> users = new HashMap<>();
        private final Map<String, Optional<Product>> products = new HashMap<>();

        Spec(CurrentUser user) {
            this.user = user;
        }

        @Override
        public FileColumns<OrderColumns> columns() {
            return OrderColumns.FILE;
        }

        @Override
        public String entityType() {
            return "order";
        }

        @Override
        public String noun() {
            return "orders";
        }

        @Override
        public OrderColumns groupBy() {
            return OrderColumns.ORDER_REF;
        }

        @Override
        public List<Line> check(ImportRecord<OrderColumns> record) {
            var skus = new ArrayList<String>();
            for (var row : record.rows()) {
                var sku = row.text(OrderColumns.SKU);
                if (sku != null && !products.containsKey(sku.toLowerCase(Locale.ROOT))) {
                    skus.add(sku);
                }
            }
            if (!skus.isEmpty()) {
                var found = catalog.findBySkus(skus);
                skus.forEach(s -> products.put(
                        s.toLowerCase(Locale.ROOT), Optional.ofNullable(found.get(s.toLowerCase(Locale.ROOT)))));
            }
            var lines = new ArrayList<Line>();
            for (var row : record.rows()) {
                var line = line(record.key(), row);
                if (line == null) {
                    continue;
                }
                if (!lines.isEmpty() && !lines.get(0).header().equals(line.header())) {
                    row.problem(
                            OrderColumns.ORDER_REF,
                            "rows of order " + record.key()
                                    + " disagree on customer, date, team, sales rep, channel, stage, due date or paid");
                } else {
                    lines.add(line);
                }
            }
            return lines;
        }

        private Line line(String ref, ImportRow<OrderColumns> row) {
            var customerText = row.required(OrderColumns.CUSTOMER);
            row.required(OrderColumns.ORDER_DATE);
            var date = row.date(OrderColumns.ORDER_DATE);
            var teamText = row.text(OrderColumns.TEAM);
            var repText = row.text(OrderColumns.SALES_REP);
            var sku = row.required(OrderColumns.SKU);
            row.required(OrderColumns.QUANTITY);
            var quantity = row.quantity(OrderColumns.QUANTITY);
            var price = row.amount(OrderColumns.UNIT_PRICE);
            var discountText = row.text(OrderColumns.DISCOUNT);
            var discount = discountText == null ? null : discount(row, discountText);
            var stageText = row.text(OrderColumns.STAGE);
            var channel = row.text(OrderColumns.CHANNEL);
            var due = row.date(OrderColumns.DUE_DATE);
            var paid = row.yesNo(OrderColumns.PAID, List.of(), List.of());

            if (ref.length() > 64) {
                row.problem(OrderColumns.ORDER_REF, "at most 64 characters");
            } else if (orderRepository.refTaken(ref)) {
                row.problem(OrderColumns.ORDER_REF, "order " + ref + " already exists");
            }
            var customer = customerText == null
                    ? null
                    : customers.find(customerText, user).orElse(null);
            if (customerText != null && customer == null) {
                row.problem(OrderColumns.CUSTOMER, "no customer " + customerText + " within your scope");
            }
            Long teamId = null;
            if (teamText != null) {
                teamId = teams.get(teamText.toLowerCase(Locale.ROOT));
                if (teamId == null) {
                    row.problem(OrderColumns.TEAM, "unknown team: " + teamText);
                }
            }
            Long repId = null;
            if (repText != null) {
                var rep = users.computeIfAbsent(repText.toLowerCase(Locale.ROOT), identity::findUser);
                if (rep.isEmpty()) {
                    row.problem(OrderColumns.SALES_REP, "unknown user: " + repText);
                } else {
                    repId = rep.get().id();
                }
            }
            var product = sku == null
                    ? null
                    : products.getOrDefault(sku.toLowerCase(Locale.ROOT), Optional.empty())
                            .orElse(null);
            if (sku != null && product == null) {
                row.problem(OrderColumns.SKU, "unknown product: " + sku);
            } else if (product != null && !product.active()) {
                row.problem(OrderColumns.SKU, "product no longer sold: " + sku);
            }
            var stage = OrderStage.ORDERED;
            if (stageText != null) {
                stage = stage(stageText);
                if (stage == null) {
                    row.problem(OrderColumns.STAGE, "unknown stage: " + stageText);
                }
            }
            if (due != null && date != null && due.isBefore(date)) {
                row.problem(OrderColumns.DUE_DATE, "before the order date");
            }
            if (!row.ok()) {
                return null;
            }
            var line = new PlacedOrder.Line(
                    product.id(),
                    quantity,
                    price != null ? price : product.listPrice(),
                    discount != null ? discount : BigDecimal.ZERO,
                    product.unitCost());
            return new Line(
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

        /** A percentage from 0 to 100, with or without the % sign. */
        private BigDecimal discount(ImportRow<OrderColumns> row, String text) {
            try {
                var number = new BigDecimal(text.replace("%", "").strip());
                if (number.signum() < 0 || number.compareTo(Money.HUNDRED) > 0) {
                    row.problem(OrderColumns.DISCOUNT, "a percentage from 0 to 100: " + text);
                    return null;
                }
                if (number.stripTrailingZeros().scale() > 2) {
                    row.problem(OrderColumns.DISCOUNT, "at most 2 decimals: " + text);
                    return null;
                }
                return number.setScale(2, java.math.RoundingMode.UNNECESSARY);
            } catch (NumberFormatException | ArithmeticException e) {
                row.problem(OrderColumns.DISCOUNT, "not a number: " + text);
                return null;
            }
        }

        @Override
        public Map<String, Object> store(List<List<Line>> values) {
            int lines = 0;
            for (var group : values) {
                var first = group.get(0);
                var placed = new PlacedOrder(
                        first.customerId(),
                        first.ref(),
                        first.date(),
                        first.teamId() != null ? first.teamId() : first.customerTeam(),
                        first.repId(),
                        first.channel(),
                        null,
                        group.stream().map(Line::line).toList(),
                        first.dueDate());
                orders.store(placed, first.stage(), first.paid());
                lines += group.size();
            }
            return Map.of("orders", values.size(), "lines", lines);
        }
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
