package dev.touchpoint.server.service.sla;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The SLA page: policies and business calendars. */
@Controller
@RequestMapping("/service")
class SlaWebController {
    private final SlaCatalog catalog;

    SlaWebController(SlaCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/sla")
    String sla(Model model) {
        model.addAttribute("policies", catalog.policies());
        model.addAttribute("calendars", catalog.calendars());
        model.addAttribute(
                "canEdit", dev.touchpoint.server.identity.CurrentUsers.require().isAdmin());
        return "service/sla/sla";
    }
}
