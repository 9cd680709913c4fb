package dev.touchpoint.server.crosssell.web;

import dev.touchpoint.server.crosssell.action.ActionOutcome;
import dev.touchpoint.server.crosssell.action.ActionRepository;
import dev.touchpoint.server.crosssell.action.ActionRequest;
import dev.touchpoint.server.crosssell.action.NextActionService;
import dev.touchpoint.server.customer.CustomerPanel;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.InvalidInputException;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The "next best actions" panel of the customer 360 page and the cross-sell section of My day. */
@Controller
class NextActionPanelController {

    private final NextActionService actions;
    private final ActionRepository records;
    private final dev.touchpoint.server.customer.CustomerApi customers;

    NextActionPanelController(
            NextActionService actions, ActionRepository records, dev.touchpoint.server.customer.CustomerApi customers) {
        this.actions = actions;
        this.records = records;
        this.customers = customers;
    }

    @GetMapping("/customers/{id}/next-actions-panel")
    String panel(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("customerId", id);
        model.addAttribute("actions", actions.forCustomer(id, 3, locale));
        model.addAttribute("history", records.ofCustomer(id, 5));
        model.addAttribute("canAct", CurrentUsers.require().role() != Role.ANALYST);
        return "partials/crosssell/panel :: panel";
    }

    @PostMapping("/customers/{id}/next-actions")
    String act(
            @PathVariable long id,
            @RequestParam String action,
            @RequestParam ActionOutcome outcome,
            @RequestParam(required = false) String note,
            @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale) {
        try {
            actions.record(id, new ActionRequest(action, outcome, note), locale);
            model.addAttribute("done", outcome.name());
        } catch (InvalidInputException e) {
            model.addAttribute("failed", true);
        }
        if (htmx == null) {
            return "redirect:/customers/" + id;
        }
        return panel(id, model, locale);
    }

    @GetMapping("/crosssell/my-day-panel")
    String myDay(Model model, Locale locale) {
        var calls = actions.bestCalls(10, locale);
        model.addAttribute("calls", calls);
        model.addAttribute(
                "names", customers.names(calls.stream().map(c -> c.customerId()).toList()));
        return "partials/crosssell/my-day :: calls";
    }

    @Configuration(proxyBeanMethods = false)
    static class Panels {
        @Bean
        CustomerPanel nextActionsPanel() {
            return new CustomerPanel("next-actions", "crosssell.panel.title", "/customers/{id}/next-actions-panel", 5);
        }

        @Bean
        dev.touchpoint.server.sales.MyDaySection crossSellCalls() {
            return new dev.touchpoint.server.sales.MyDaySection(
                    "crosssell", "crosssell.myDay.title", "/crosssell/my-day-panel", 10);
        }
    }
}
