package dev.touchpoint.server.commerce.customer;

import dev.touchpoint.server.customer.CustomerPanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sections commerce adds to the customer 360 page; served by {@link CustomerPanelController}. */
@Configuration(proxyBeanMethods = false)
class CommerceCustomerPanels {

    @Bean
    CustomerPanel ordersPanel() {
        return new CustomerPanel("orders", "commerce.panel.orders", "/customers/{id}/orders-panel", 30);
    }

    @Bean
    CustomerPanel receivablesPanel() {
        return new CustomerPanel("receivables", "commerce.panel.receivables", "/customers/{id}/receivables-panel", 40);
    }

    @Bean
    CustomerPanel plansPanel() {
        return new CustomerPanel("plans", "commerce.panel.plans", "/customers/{id}/plans-panel", 45);
    }
}
