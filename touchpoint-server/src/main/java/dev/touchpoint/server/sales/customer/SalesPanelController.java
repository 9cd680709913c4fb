package dev.touchpoint.server.sales.customer;

import dev.touchpoint.server.sales.lead.LeadService;
import dev.touchpoint.server.sales.opportunity.OpportunityService;
import dev.touchpoint.server.sales.shared.SalesPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The "Opportunities & leads" panel of the customer 360 page. */
@Controller
@RequestMapping("/sales")
class SalesPanelController {

    static final String PANEL = "partials/sales/customer/panel :: panel";

    private final OpportunityService opportunities;
    private final LeadService leads;
    private final SalesPages pages;

    SalesPanelController(OpportunityService opportunities, LeadService leads, SalesPages pages) {
        this.opportunities = opportunities;
        this.leads = leads;
        this.pages = pages;
    }

    /** The "Opportunities & leads" panel of the customer 360 page. */
    @GetMapping("/customers/{customerId}/panel")
    String panel(@PathVariable long customerId, Model model) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("opportunities", opportunities.forCustomer(customerId));
        model.addAttribute("leads", leads.forCustomer(customerId));
        pages.addCommon(model);
        return PANEL;
    }
}
