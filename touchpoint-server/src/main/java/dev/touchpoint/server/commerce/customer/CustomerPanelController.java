package dev.touchpoint.server.commerce.customer;

import dev.touchpoint.server.commerce.CommerceApi;
import dev.touchpoint.server.commerce.order.OrderFilter;
import dev.touchpoint.server.commerce.order.OrderService;
import dev.touchpoint.server.commerce.plan.PlanRequests;
import dev.touchpoint.server.commerce.plan.PlanService;
import dev.touchpoint.server.commerce.receivable.ReceivableFilter;
import dev.touchpoint.server.commerce.receivable.ReceivableService;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.VersionConflictException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Partials the customer 360 page loads with htmx; same access rule as the customer itself. */
@Controller
class CustomerPanelController {

    private final OrderService orders;
    private final ReceivableService receivables;
    private final CommerceApi commerce;
    private final PlanService plans;
    private final Validator validator;

    CustomerPanelController(
            OrderService orders,
            ReceivableService receivables,
            CommerceApi commerce,
            PlanService plans,
            Validator validator) {
        this.plans = plans;
        this.validator = validator;
        this.orders = orders;
        this.receivables = receivables;
        this.commerce = commerce;
    }

    @GetMapping("/customers/{id}/orders-panel")
    String orders(@PathVariable long id, Model model) {
        model.addAttribute("stats", commerce.customerStats(id));
        model.addAttribute(
                "result", orders.search(new OrderFilter(id, null, null, null, null, null), PageRequest.of(0, 10)));
        model.addAttribute("customerId", id);
        return "partials/commerce/customer/customer-orders :: panel";
    }

    @GetMapping("/customers/{id}/receivables-panel")
    String receivables(@PathVariable long id, Model model) {
        model.addAttribute("credit", receivables.creditLimit(id));
        model.addAttribute(
                "result",
                receivables.search(
                        new ReceivableFilter(id, null, null, true, null, null), null, PageRequest.of(0, 10)));
        model.addAttribute("customerId", id);
        return "partials/commerce/customer/customer-receivables :: panel";
    }

    @GetMapping("/customers/{id}/plans-panel")
    String plans(@PathVariable long id, Model model) {
        var budget = plans.budget(id, null);
        model.addAttribute("months", plans.plan(id, null));
        model.addAttribute("budget", budget);
        model.addAttribute(
                "expenses", plans.expenses(id, null).stream().limit(5).toList());
        model.addAttribute("customerId", id);
        var user = CurrentUsers.require();
        model.addAttribute("canPlan", user.manages());
        model.addAttribute("canSpend", user.role() != Role.ANALYST);
        model.addAttribute("thisMonth", YearMonth.from(plans.today()).toString());
        model.addAttribute("today", plans.today().toString());
        model.addAttribute("budgetVersion", budget.amount() == null ? null : budget.version());
        return "partials/commerce/customer/customer-plans :: panel";
    }

    /** Sets one month's planned revenue from the 360 page (managers and administrators). */
    @PostMapping("/customers/{id}/plans-panel/plan")
    String setPlan(
            @PathVariable long id,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String plannedRevenue,
            Model model) {
        return save(id, model, () -> {
            var errors = new ArrayList<FieldViolation>();
            var m = parseMonth(month, errors);
            var amount = parseAmount("plannedRevenue", plannedRevenue, errors);
            check(new PlanRequests.PlanMonth(m, amount), errors);
            plans.setPlan(id, List.of(new PlanRequests.PlanMonth(m, amount)));
        });
    }

    /** Records a sales expense from the 360 page. */
    @PostMapping("/customers/{id}/plans-panel/expense")
    String recordExpense(
            @PathVariable long id,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String spentOn,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String note,
            Model model) {
        return save(id, model, () -> {
            var errors = new ArrayList<FieldViolation>();
            var value = parseAmount("amount", amount, errors);
            LocalDate date = null;
            if (spentOn != null && !spentOn.isBlank()) {
                try {
                    date = LocalDate.parse(spentOn.strip());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldViolation("spentOn", "format", "spentOn must be a date such as 2026-03-15"));
                }
            }
            var request = new PlanRequests.ExpenseRequest(
                    value,
                    date,
                    category == null ? null : category.strip(),
                    note == null || note.isBlank() ? null : note.strip());
            check(request, errors);
            plans.recordExpense(id, request);
        });
    }

    /** Sets this year's (or another year's) sales-expense budget from the 360 page (managers, optimistic lock). */
    @PostMapping("/customers/{id}/plans-panel/budget")
    String setBudget(
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) Integer version,
            Model model) {
        return save(id, model, () -> {
            var errors = new ArrayList<FieldViolation>();
            var value = parseAmount("amount", amount, errors);
            int y = year == null ? plans.today().getYear() : year;
            check(new PlanRequests.BudgetRequest(y, value, version), errors);
            plans.setBudget(id, y, value, version, false);
        });
    }

    private String save(long id, Model model, Runnable change) {
        try {
            change.run();
            model.addAttribute("saved", true);
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (VersionConflictException e) {
            model.addAttribute("violations", List.of(new FieldViolation("version", "conflict", e.getMessage())));
        }
        return plans(id, model);
    }

    private void check(Object request, List<FieldViolation> errors) {
        validator.validate(request).forEach(v -> {
            var field = v.getPropertyPath().toString();
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FieldViolation(field, "invalid", v.getMessage()));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static YearMonth parseMonth(String month, List<FieldViolation> errors) {
        if (month == null || month.isBlank()) {
            errors.add(new FieldViolation("month", "required", "choose a month"));
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldViolation("month", "format", "month must look like 2026-03"));
            return null;
        }
    }

    private static BigDecimal parseAmount(String field, String text, List<FieldViolation> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldViolation(field, "required", field + " is required"));
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation(field, "number", field + " must be a number such as 12000.50"));
            return null;
        }
    }
}
