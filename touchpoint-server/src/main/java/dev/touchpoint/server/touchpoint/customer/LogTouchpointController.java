package dev.touchpoint.server.touchpoint.customer;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerPanel;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.touchpoint.RecordedTouchpoint;
import dev.touchpoint.server.touchpoint.Survey;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.survey.SurveyService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Log a touchpoint" on the customer 360 page: a small htmx form (touchpoint, channel, emotion as six
 * faces, note) that records the event and answers with the refreshed panel and an
 * {@code HX-Trigger: timeline-changed} header so the page reloads its timeline; below it, a survey
 * picker opens the staff answer entry for this customer. The same panel stands alone at
 * {@code /touchpoints/log?customer=<id>}.
 */
@Controller
class LogTouchpointController {

    static final String PANEL = "partials/touchpoint/customer/log-panel :: panel";

    private final TouchpointApi touchpoints;
    private final CustomerApi customers;
    private final TouchpointTimelineSource timeline;
    private final SurveyService surveys;

    LogTouchpointController(
            TouchpointApi touchpoints,
            CustomerApi customers,
            TouchpointTimelineSource timeline,
            SurveyService surveys) {
        this.touchpoints = touchpoints;
        this.customers = customers;
        this.timeline = timeline;
        this.surveys = surveys;
    }

    @Bean
    static CustomerPanel touchpointLogPanel() {
        return new CustomerPanel("touchpoints", "touchpoint.panel.title", "/customers/{id}/touchpoints/panel", 20);
    }

    @GetMapping("/customers/{id}/touchpoints/panel")
    String panel(@PathVariable long id, Model model) {
        return fill(id, model);
    }

    @GetMapping("/touchpoints/log")
    String page(@RequestParam long customer, Model model) {
        fill(customer, model);
        return "touchpoint/customer/log";
    }

    @PostMapping("/customers/{id}/touchpoints")
    String log(
            @PathVariable long id,
            @RequestParam(required = false) String touchpoint,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) Integer emotion,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response) {
        try {
            if (touchpoint == null || touchpoint.isBlank()) {
                throw InvalidInputException.of("touchpoint", "required", "choose a touchpoint");
            }
            touchpoints.record(new RecordedTouchpoint(
                    id, touchpoint, TouchpointChannel.parse(channel), emotion, note, null, null));
            model.addAttribute("logged", true);
            response.setHeader("HX-Trigger", "timeline-changed");
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("selected", touchpoint);
            model.addAttribute("note", note);
        }
        return fill(id, model);
    }

    private String fill(long customerId, Model model) {
        var customer = customers.requireVisible(customerId);
        model.addAttribute("customer", customer);
        model.addAttribute("catalogue", touchpoints.catalogue());
        model.addAttribute("channels", TouchpointChannel.values());
        model.addAttribute(
                "surveys", surveys.list().stream().filter(Survey::active).toList());
        model.addAttribute("recent", timeline.entries(customerId, null, 5, LocaleContextHolder.getLocale()));
        return PANEL;
    }
}
