package dev.touchpoint.server.commerce.plan;

import dev.touchpoint.server.commerce.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of a customer's sales plan, sales expenses and expense budget. */
@RestController
@RequestMapping("/api/v1/customers/{id}")
class PlanRestController {

    private final PlanService plans;

    PlanRestController(PlanService plans) {
        this.plans = plans;
    }

    /** Plan and actual revenue per month of a year (default this year). */
    @Operation(summary = "Read a customer's sales plan")
    @GetMapping("/plans")
    List<SalesPlanMonth> plan(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return plans.plan(id, year);
    }

    /** Sets the planned revenue of the months given (managers and administrators). */
    @Operation(summary = "Set a customer's sales plan")
    @PutMapping("/plans")
    List<SalesPlanMonth> setPlan(@PathVariable long id, @Valid @RequestBody PlanRequests.PlanRequest request) {
        return plans.setPlan(id, request.months());
    }

    @Operation(summary = "List the sales expenses of a customer")
    @GetMapping("/expenses")
    List<SalesExpense> expenses(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return plans.expenses(id, year);
    }

    @Operation(summary = "Record a sales expense")
    @PostMapping("/expenses")
    ResponseEntity<SalesExpense> recordExpense(
            @PathVariable long id, @Valid @RequestBody PlanRequests.ExpenseRequest request) {
        return ResponseEntity.status(201).body(plans.recordExpense(id, request));
    }

    @Operation(summary = "Read a customer's sales expense budget")
    @GetMapping("/expense-budget")
    ResponseEntity<ExpenseBudget> budget(@PathVariable long id, @RequestParam(required = false) Integer year) {
        var budget = plans.budget(id, year);
        return ResponseEntity.ok().eTag(Versions.etag(budget.version())).body(budget);
    }

    @Operation(summary = "Set a customer's sales expense budget")
    @PutMapping("/expense-budget")
    ResponseEntity<ExpenseBudget> setBudget(
            @PathVariable long id,
            @Valid @RequestBody PlanRequests.BudgetRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var versions = Versions.of(ifMatch, request.version());
        var budget =
                plans.setBudget(id, request.year(), request.amount(), versions.expected(), versions.precondition());
        return ResponseEntity.ok().eTag(Versions.etag(budget.version())).body(budget);
    }
}
