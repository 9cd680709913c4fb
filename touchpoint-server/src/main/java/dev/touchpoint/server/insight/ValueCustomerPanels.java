package dev.touchpoint.server.insight;

import dev.touchpoint.server.customer.CustomerPanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The value section of the customer 360 page, served by {@link ValueWebController#panel}. */
@Configuration(proxyBeanMethods = false)
class ValueCustomerPanels {

    @Bean
    CustomerPanel valuePanel() {
        return new CustomerPanel("value", "insight.value.panel", "/customers/{id}/value-panel", 20);
    }
}
