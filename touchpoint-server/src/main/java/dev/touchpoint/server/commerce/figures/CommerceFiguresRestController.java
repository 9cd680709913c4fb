package dev.touchpoint.server.commerce.figures;

import dev.touchpoint.server.commerce.CommerceApi;
import dev.touchpoint.server.commerce.CustomerStats;
import dev.touchpoint.server.commerce.MonthlyRevenue;
import dev.touchpoint.server.commerce.StageCount;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Chart data from {@link CommerceApi}, scoped to the caller. */
@RestController
@RequestMapping("/api/v1")
class CommerceFiguresRestController {

    private final CommerceApi commerce;
    private final Clock clock;

    CommerceFiguresRestController(CommerceApi commerce, Clock clock) {
        this.commerce = commerce;
        this.clock = clock;
    }

    /** Revenue, cost and gross margin per month; default: the last twelve months including this one. */
    @Operation(summary = "Revenue and gross margin by month")
    @GetMapping("/commerce/revenue-by-month")
    List<MonthlyRevenue> revenueByMonth(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var end = to != null ? to : LocalDate.now(clock);
        var start = from != null ? from : end.minusMonths(11).withDayOfMonth(1);
        return commerce.revenueAndMarginByMonth(start, end);
    }

    @Operation(summary = "Count orders by stage")
    @GetMapping("/commerce/orders-by-stage")
    List<StageCount> ordersByStage() {
        return commerce.ordersByStage();
    }

    @Operation(summary = "Order and revenue figures of a customer")
    @GetMapping("/customers/{id}/commerce-stats")
    CustomerStats customerStats(@PathVariable long id) {
        return commerce.customerStats(id);
    }
}
