package dev.touchpoint.server.service.customer;

import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.service.shared.ServiceAccess;
import dev.touchpoint.server.service.ticket.TicketFilter;
import dev.touchpoint.server.service.ticket.TicketService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The "Service tickets" panel of the customer 360 page. */
@Controller
@RequestMapping("/service")
class ServicePanelController {
    private final TicketService tickets;
    private final ServiceAccess access;

    ServicePanelController(TicketService tickets, ServiceAccess access) {
        this.tickets = tickets;
        this.access = access;
    }

    /** The "Service tickets" panel of the customer 360 page. */
    @GetMapping("/customers/{id}/panel")
    String panel(@PathVariable long id, Model model) {
        access.requireCustomer(id);
        var filter = new TicketFilter(null, null, null, null, null, null, null, id, null, null, null, null);
        model.addAttribute("customerId", id);
        model.addAttribute(
                "tickets", tickets.search(filter, PageRequest.of(0, 10)).items());
        model.addAttribute("writable", access.writable());
        return "partials/service/customer/panel";
    }
}
