package dev.touchpoint.server.service.metrics;

import dev.touchpoint.server.service.ServiceApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The fast-reply metrics page (seed 000) and its chart data. */
@Controller
@RequestMapping("/service")
class MetricsWebController {
    private final ServiceApi api;

    MetricsWebController(ServiceApi api) {
        this.api = api;
    }

    @GetMapping("/metrics")
    String metrics(@RequestParam(required = false) String groupBy, Model model) {
        model.addAttribute("groupBy", groupBy == null ? "TEAM" : groupBy);
        model.addAttribute("report", api.metrics(null, null, groupBy, null, null, null));
        return "service/metrics/metrics";
    }

    /** The metrics as JSON for the charts. */
    @GetMapping("/metrics/data")
    @ResponseBody
    MetricsReport metricsData(@RequestParam(required = false) String groupBy) {
        return api.metrics(null, null, groupBy, null, null, null);
    }
}
