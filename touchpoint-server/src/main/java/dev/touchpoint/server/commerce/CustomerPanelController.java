package dev.touchpoint.server.commerce;

import dev.touchpoint.server.platform.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Partials the customer 360 page loads with htmx; same access rule as the customer itself. */
@Controller
class CustomerPanelController {

    private final OrderService orders;
    private final ReceivableService receivables;
    private final CommerceApi commerce;
    private final PlanService plans;

    CustomerPanelController(OrderService orders, ReceivableService receivables, CommerceApi commerce,
            PlanService plans) {
        this.plans = plans;
        this.orders = orders;
        this.receivables = receivables;
        this.commerce = commerce;
    }

    @GetMapping("/customers/{id}/orders-panel")
    String orders(@PathVariable long id, Model model) {
        model.addAttribute("stats", commerce.customerStats(id));
        model.addAttribute("result", orders.search(new OrderFilter(id, null, null, null, null, null),
                PageRequest.of(0, 10)));
        model.addAttribute("customerId", id);
        return "partials/commerce/customer-orders :: panel";
    }

    @GetMapping("/customers/{id}/receivables-panel")
    String receivables(@PathVariable long id, Model model) {
        model.addAttribute("credit", receivables.creditLimit(id));
        model.addAttribute("result", receivables.search(new ReceivableFilter(id, null, null, true, null, null), null,
                PageRequest.of(0, 10)));
        model.addAttribute("customerId", id);
        return "partials/commerce/customer-receivables :: panel";
    }

    @GetMapping("/customers/{id}/plans-panel")
    String plans(@PathVariable long id, Model model) {
        model.addAttribute("months", plans.plan(id, null));
        model.addAttribute("budget", plans.budget(id, null));
        model.addAttribute("customerId", id);
        return "partials/commerce/customer-plans :: panel";
    }
}
