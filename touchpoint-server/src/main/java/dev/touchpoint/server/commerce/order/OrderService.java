package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.commerce.OrderStage;
import dev.touchpoint.server.commerce.product.CatalogRepository;
import dev.touchpoint.server.commerce.receivable.ReceivableRepository;
import dev.touchpoint.server.commerce.receivable.ReceivableService;
import dev.touchpoint.server.commerce.shared.CommerceAccess;
import dev.touchpoint.server.commerce.shared.Versions;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.VersionConflictException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Orders: placing them (with the credit check), reading them in scope, stages, returns and header changes. */
@Service
public class OrderService {

    static final int DEFAULT_PAYMENT_DAYS = 30;

    private final OrderRepository orders;
    private final CatalogRepository catalog;
    private final ReceivableRepository receivables;
    private final ReceivableService receivableService;
    private final CommerceAccess access;
    private final IdentityApi identity;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    OrderService(
            OrderRepository orders,
            CatalogRepository catalog,
            ReceivableRepository receivables,
            ReceivableService receivableService,
            CommerceAccess access,
            IdentityApi identity,
            AuditLog audit,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.orders = orders;
        this.catalog = catalog;
        this.receivables = receivables;
        this.receivableService = receivableService;
        this.access = access;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<Order> search(OrderFilter filter, PageRequest page) {
        var result = orders.search(filter, access.scope("o.customer_id"), page);
        var names = access.customerNames(
                result.items().stream().map(Order::customerId).toList());
        return result.map(o -> o.withCustomerName(names.get(o.customerId())));
    }

    /** The order when the caller may see its customer: 404 when missing, 403 when out of scope. */
    Order require(long id) {
        return orders.find(id, access.scope("o.customer_id"))
                .map(o -> o.withCustomerName(access.customerName(o.customerId())))
                .orElseThrow(() ->
                        orders.exists(id) ? new OutOfScopeException("order", id) : new NotFoundException("order", id));
    }

    OrderDetail detail(long id) {
        var order = require(id);
        return new OrderDetail(
                order,
                orders.lines(id),
                orders.history(id),
                orders.returns(id),
                receivables.findByOrder(id, LocalDate.now(clock)).orElse(null));
    }

    @Transactional
    OrderDetail create(OrderRequest request) {
        var user = access.requireWriter();
        var customer = access.requireCustomer(request.customerId());
        var violations = new ArrayList<FieldViolation>();
        var products = catalog.findByIds(request.lines().stream()
                .map(OrderRequest.Line::productId)
                .filter(Objects::nonNull)
                .toList());
        var lines = new ArrayList<PlacedOrder.Line>();
        for (int i = 0; i < request.lines().size(); i++) {
            var line = request.lines().get(i);
            var product = products.get(line.productId());
            if (product == null) {
                violations.add(new FieldViolation(
                        "lines[" + i + "].productId", "exists", "product " + line.productId() + " does not exist"));
                continue;
            }
            if (!product.active()) {
                violations.add(new FieldViolation(
                        "lines[" + i + "].productId", "active", "product " + product.sku() + " is no longer sold"));
            }
            lines.add(new PlacedOrder.Line(
                    product.id(),
                    line.quantity(),
                    line.unitPrice() == null ? product.listPrice() : line.unitPrice(),
                    line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent(),
                    product.unitCost()));
        }
        var orderRef = blankToNull(request.orderRef());
        if (orderRef != null && orders.refTaken(orderRef)) {
            violations.add(
                    new FieldViolation("orderRef", "unique", "order reference " + orderRef + " is already used"));
        }
        var teamId = request.teamId() != null ? request.teamId() : customer.teamId();
        checkTeamAndRep(request.teamId(), request.salesRepId(), violations);
        var orderDate = request.orderDate() == null ? LocalDate.now(clock) : request.orderDate();
        if (request.dueDate() != null && request.dueDate().isBefore(orderDate)) {
            violations.add(new FieldViolation("dueDate", "afterOrderDate", "the due date is before the order date"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var placed = new PlacedOrder(
                customer.id(),
                orderRef,
                orderDate,
                teamId,
                request.salesRepId() != null ? request.salesRepId() : user.id(),
                blankToNull(request.channel()),
                blankToNull(request.notes()),
                lines,
                request.dueDate());
        receivableService.checkCredit(customer.id(), placed.revenue(), request.creditOverrideReason());
        long id = store(placed, OrderStage.ORDERED, false);
        return detail(id);
    }

    /**
     * Stores a priced order: header, lines, stage history (ORDERED at placing, then {@code stage} when
     * later), and a receivable for the revenue (paid in full at once when {@code paid}). No access or
     * credit check: callers do those.
     */
    long store(PlacedOrder placed, OrderStage stage, boolean paid) {
        var now = Instant.now(clock);
        var actor = CurrentUsers.actorName();
        long id = orders.insertOrder(
                placed.orderRef(),
                placed.customerId(),
                placed.orderDate(),
                placed.teamId(),
                placed.salesRepId(),
                placed.channel(),
                placed.notes(),
                placed.revenue(),
                placed.cost(),
                now,
                actor);
        int no = 1;
        for (var line : placed.lines()) {
            orders.insertLine(
                    id,
                    no++,
                    line.productId(),
                    line.quantity(),
                    line.unitPrice(),
                    line.discountPercent(),
                    line.unitCost(),
                    line.revenue(),
                    line.cost());
        }
        orders.insertStage(id, OrderStage.ORDERED, now, actor);
        if (stage != OrderStage.ORDERED) {
            orders.updateStage(id, stage, now);
            orders.insertStage(id, stage, now, actor);
        }
        var due =
                placed.dueDate() != null ? placed.dueDate() : placed.orderDate().plusDays(DEFAULT_PAYMENT_DAYS);
        long receivableId = receivables.insert(id, placed.customerId(), placed.revenue(), placed.orderDate(), due);
        if (stage == OrderStage.CANCELLED) {
            receivables.cancelForOrder(id);
        } else if (paid && placed.revenue().signum() > 0) {
            long paymentId =
                    receivables.addPayment(receivableId, placed.revenue(), placed.orderDate(), null, null, actor);
            events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofCustomer(
                    dev.touchpoint.server.platform.OutboundEventType.PAYMENT_RECEIVED,
                    "payment",
                    paymentId,
                    placed.customerId(),
                    "receivableId",
                    receivableId,
                    "orderId",
                    id,
                    "amount",
                    placed.revenue(),
                    "paidOn",
                    placed.orderDate().toString()));
        }
        events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofCustomer(
                dev.touchpoint.server.platform.OutboundEventType.ORDER_CREATED,
                "order",
                id,
                placed.customerId(),
                "orderRef",
                placed.orderRef(),
                "orderDate",
                placed.orderDate().toString(),
                "stage",
                stage.name(),
                "revenue",
                placed.revenue(),
                "lines",
                placed.lines().size(),
                "teamId",
                placed.teamId(),
                "salesRepId",
                placed.salesRepId()));
        var details = new LinkedHashMap<String, Object>();
        details.put("customerId", placed.customerId());
        details.put("lines", placed.lines().size());
        details.put("revenue", placed.revenue());
        details.put("cost", placed.cost());
        audit.record(
                AuditLog.Action.CREATE,
                "order",
                id,
                placed.orderRef() == null ? "order " + id : placed.orderRef(),
                details);
        return id;
    }

    @Transactional
    Order update(long id, OrderChange change, Versions versions) {
        access.requireWriter();
        var current = require(id);
        if (versions.expected() == null) {
            throw InvalidInputException.of("version", "required", "send If-Match or the version you read");
        }
        var violations = new ArrayList<FieldViolation>();
        checkTeamAndRep(change.teamId(), change.salesRepId(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (orders.updateHeader(id, versions.expected(), change) == 0) {
            throw new VersionConflictException("order", id, current.version(), versions.precondition());
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "order",
                id,
                "order " + id + " changed",
                Map.of("orderDate", change.orderDate().toString()));
        return require(id);
    }

    /** Moves an order forward (or cancels it); backwards or sideways moves are refused naming {@code stage}. */
    @Transactional
    Order moveStage(long id, String stageName, Versions versions) {
        access.requireWriter();
        require(id);
        var current = orders.lock(id).orElseThrow(() -> new NotFoundException("order", id));
        var target = parseStage(stageName);
        if (versions.expected() != null && versions.expected() != current.version()) {
            throw new VersionConflictException("order", id, current.version(), versions.precondition());
        }
        if (!current.stage().canMoveTo(target)) {
            throw InvalidInputException.of(
                    "stage",
                    "forwardOnly",
                    "an order in stage " + current.stage() + " cannot move to " + target
                            + "; stages only move forward");
        }
        var now = Instant.now(clock);
        orders.updateStage(id, target, now);
        orders.insertStage(id, target, now, CurrentUsers.actorName());
        if (target == OrderStage.CANCELLED) {
            receivables.cancelForOrder(id);
        }
        events.publishEvent(dev.touchpoint.server.platform.OutboundEvent.ofCustomer(
                dev.touchpoint.server.platform.OutboundEventType.ORDER_STAGE_CHANGED,
                "order",
                id,
                current.customerId(),
                "orderRef",
                current.orderRef(),
                "from",
                current.stage().name(),
                "to",
                target.name(),
                "at",
                now.toString()));
        audit.record(
                AuditLog.Action.UPDATE,
                "order",
                id,
                "stage " + current.stage() + " → " + target,
                Map.of("from", current.stage().name(), "to", target.name()));
        return require(id);
    }

    @Transactional
    OrderDetail addReturn(long id, ReturnRequest request) {
        access.requireWriter();
        require(id);
        var order = orders.lock(id).orElseThrow(() -> new NotFoundException("order", id));
        if (order.stage() == OrderStage.CANCELLED) {
            throw InvalidInputException.of("stage", "cancelled", "a cancelled order cannot have returns");
        }
        var line = orders.lines(id).stream()
                .filter(l -> l.id() == request.lineId())
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(
                        "lineId", "exists", "line " + request.lineId() + " is not a line of order " + id));
        int remaining = line.quantity() - line.returnedQuantity();
        if (request.quantity() > remaining) {
            throw InvalidInputException.of("quantity", "max", "at most " + remaining + " can still be returned");
        }
        BigDecimal revenue;
        BigDecimal cost;
        if (request.quantity() == remaining) {
            // the last return takes whatever is left, so rounding never leaves a cent behind
            var already = orders.returnedTotals(line.id());
            revenue = line.revenue().subtract(already[0]);
            cost = line.cost().subtract(already[1]);
        } else {
            revenue = Money.share(line.revenue(), request.quantity(), line.quantity());
            cost = Money.share(line.cost(), request.quantity(), line.quantity());
        }
        long returnId = orders.insertReturn(
                id,
                line.id(),
                request.quantity(),
                request.reason().strip(),
                revenue,
                cost,
                Instant.now(clock),
                CurrentUsers.actorName());
        receivables.reduceForOrder(id, revenue);
        audit.record(
                AuditLog.Action.CREATE,
                "order_return",
                returnId,
                "return of " + request.quantity() + " × " + line.sku(),
                Map.of(
                        "orderId",
                        id,
                        "revenue",
                        revenue,
                        "cost",
                        cost,
                        "reason",
                        request.reason().strip()));
        return detail(id);
    }

    public static OrderStage parseStage(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("stage", "required", "stage is required");
        }
        try {
            return OrderStage.valueOf(name.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("stage", "oneOf", "stage must be one of " + List.of(OrderStage.values()));
        }
    }

    void checkTeamAndRep(Long teamId, Long salesRepId, List<FieldViolation> violations) {
        if (teamId != null && identity.listTeams().stream().map(Team::id).noneMatch(teamId::equals)) {
            violations.add(new FieldViolation("teamId", "exists", "team " + teamId + " does not exist"));
        }
        if (salesRepId != null && identity.findUser(salesRepId).isEmpty()) {
            violations.add(new FieldViolation("salesRepId", "exists", "user " + salesRepId + " does not exist"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
