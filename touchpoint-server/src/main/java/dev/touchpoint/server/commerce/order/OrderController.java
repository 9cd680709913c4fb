package dev.touchpoint.server.commerce.order;

import dev.touchpoint.server.commerce.OrderStage;
import dev.touchpoint.server.commerce.product.CatalogService;
import dev.touchpoint.server.commerce.product.Product;
import dev.touchpoint.server.commerce.product.ProductFilter;
import dev.touchpoint.server.commerce.shared.FormErrors;
import dev.touchpoint.server.commerce.shared.Versions;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.VersionConflictException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Order screens: list with filters, the new-order form (htmx lines and totals), the order page. */
@Controller
class OrderController {

    private final OrderService orders;
    private final CatalogService catalog;
    private final IdentityApi identity;
    private final Validator validator;
    private final Clock clock;

    OrderController(
            OrderService orders, CatalogService catalog, IdentityApi identity, Validator validator, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.identity = identity;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/orders")
    String list(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) OrderStage stage,
            @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        var filter = new OrderFilter(customerId, stage, teamId, from, to, q);
        model.addAttribute("filter", filter);
        model.addAttribute("result", orders.search(filter, PageRequest.of(page, 25)));
        model.addAttribute("stages", OrderStage.values());
        model.addAttribute("teams", identity.listTeams());
        return "commerce/order/orders";
    }

    @GetMapping("/orders/new")
    String initCreationForm(@RequestParam(required = false) Long customerId, Model model) {
        return form(OrderForm.empty(customerId, LocalDate.now(clock)), Map.of(), model);
    }

    /** One more line row for the form (htmx). */
    @GetMapping("/orders/new/line")
    String line(Model model) {
        model.addAttribute("products", activeProducts());
        return "partials/commerce/order/order-line :: line";
    }

    /** Line amounts, totals and margin of the form as it stands (htmx, on every change). */
    @PostMapping("/orders/new/totals")
    String totals(@RequestParam MultiValueMap<String, String> params, Model model) {
        model.addAttribute("preview", preview(OrderForm.of(params)));
        return "partials/commerce/order/order-totals :: totals";
    }

    @PostMapping("/orders/new")
    String processCreationForm(
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        var form = OrderForm.of(params);
        var request = form.toRequest();
        var errors = new java.util.LinkedHashMap<String, String>();
        validator
                .validate(request)
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        if (form.customerId() == null) {
            errors.putIfAbsent("customerId", "required");
        }
        if (!errors.isEmpty()) {
            return form(form, errors, model);
        }
        try {
            var created = orders.create(request);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/orders/" + created.order().id();
        } catch (InvalidInputException e) {
            return form(form, FormErrors.of(e.violations()), model);
        }
    }

    @GetMapping("/orders/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("detail", orders.detail(id));
        model.addAttribute("flow", OrderStage.FLOW);
        return "commerce/order/order";
    }

    @PostMapping("/orders/{id:\\d+}/stage")
    String stage(
            @PathVariable long id,
            @RequestParam String stage,
            @RequestParam Integer version,
            RedirectAttributes redirect) {
        try {
            orders.moveStage(id, stage, new Versions(version, false));
            redirect.addFlashAttribute("saved", true);
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("conflict", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("violations", e.violations());
        }
        return "redirect:/orders/" + id;
    }

    @PostMapping("/orders/{id:\\d+}/returns")
    String addReturn(
            @PathVariable long id,
            @RequestParam Long lineId,
            @RequestParam(required = false) Integer quantity,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        var request = new ReturnRequest(lineId, quantity, reason);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            redirect.addFlashAttribute(
                    "violations",
                    violations.stream()
                            .map(v -> new dev.touchpoint.server.platform.FieldViolation(
                                    v.getPropertyPath().toString(), "invalid", v.getMessage()))
                            .toList());
            return "redirect:/orders/" + id;
        }
        try {
            orders.addReturn(id, request);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("violations", e.violations());
        }
        return "redirect:/orders/" + id;
    }

    private String form(OrderForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("products", activeProducts());
        model.addAttribute("teams", identity.listTeams());
        model.addAttribute("preview", preview(form));
        return "commerce/order/order-form";
    }

    private java.util.List<Product> activeProducts() {
        return catalog.search(new ProductFilter(null, null, null, true), new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
    }

    /** What the order would come to: per-line revenue, cost and margin, and totals. */
    private OrderPreview preview(OrderForm form) {
        var lines = new ArrayList<OrderPreview.Line>();
        for (var line : form.lines()) {
            try {
                var product = catalog.require(line.productId());
                int quantity = line.quantity() == null || line.quantity() < 1 ? 0 : line.quantity();
                var price = line.unitPrice() == null ? product.listPrice() : line.unitPrice();
                var discount = line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent();
                lines.add(OrderPreview.line(product, quantity, price, discount));
            } catch (dev.touchpoint.server.platform.NotFoundException e) {
                // a product deleted meanwhile simply drops out of the preview; saving reports it
            }
        }
        return OrderPreview.of(lines);
    }
}
