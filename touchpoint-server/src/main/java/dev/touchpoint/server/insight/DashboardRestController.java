package dev.touchpoint.server.insight;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The home dashboard's chart data, scoped to the caller. */
@RestController
@RequestMapping("/api/v1/dashboard")
class DashboardRestController {

    private final DashboardService dashboard;

    DashboardRestController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @Operation(summary = "Revenue by month (dashboard)")
    @GetMapping("/revenue-by-month")
    List<DashboardService.MonthRow> revenueByMonth(@RequestParam(defaultValue = "24") int months) {
        if (months < 1 || months > 120) {
            throw dev.touchpoint.server.platform.InvalidInputException.of("months", "range", "months must be 1 to 120");
        }
        return dashboard.revenueByMonth(months);
    }

    @Operation(summary = "Count customers by tier")
    @GetMapping("/customers-by-tier")
    List<DashboardService.TierRow> customersByTier(Locale locale) {
        return dashboard.customersByTier(locale);
    }

    @Operation(summary = "Count orders by stage (dashboard)")
    @GetMapping("/orders-by-stage")
    List<DashboardService.StageRow> ordersByStage(Locale locale) {
        return dashboard.ordersByStage(locale);
    }

    @Operation(summary = "Dashboard key figures")
    @GetMapping("/kpis")
    List<Kpi> kpis(Locale locale) {
        return dashboard.kpis(locale);
    }
}
