package dev.touchpoint.server.service.customer;

import dev.touchpoint.server.customer.CustomerPanel;
import dev.touchpoint.server.customer.CustomersMerged;
import dev.touchpoint.server.service.care.CareRepository;
import dev.touchpoint.server.service.care.OutboundRepository;
import dev.touchpoint.server.service.ticket.TicketRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * How the service module joins the customer module: the "Service tickets" panel on the 360 page, and
 * re-pointing tickets, care records and messages when customers are merged (inside the merge's
 * transaction, so the merge moves everything or nothing).
 */
@Configuration(proxyBeanMethods = false)
class ServiceCustomerHooks {

    private final TicketRepository tickets;
    private final CareRepository care;
    private final OutboundRepository outbound;

    ServiceCustomerHooks(TicketRepository tickets, CareRepository care, OutboundRepository outbound) {
        this.tickets = tickets;
        this.care = care;
        this.outbound = outbound;
    }

    @Bean
    CustomerPanel serviceTicketsPanel() {
        return new CustomerPanel("service-tickets", "service.panel.title", "/service/customers/{id}/panel", 30);
    }

    @EventListener
    void on(CustomersMerged e) {
        tickets.repointCustomer(e.mergedId(), e.survivorId());
        care.repointCustomer(e.mergedId(), e.survivorId());
        outbound.repointCustomer(e.mergedId(), e.survivorId());
    }
}
