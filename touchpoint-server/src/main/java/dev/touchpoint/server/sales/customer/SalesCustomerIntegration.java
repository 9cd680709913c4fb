package dev.touchpoint.server.sales.customer;

import dev.touchpoint.server.customer.CustomerPanel;
import dev.touchpoint.server.customer.CustomersMerged;
import dev.touchpoint.server.sales.opportunity.BuyingCentreRepository;
import dev.touchpoint.server.sales.opportunity.OpportunityRepository;
import dev.touchpoint.server.sales.pool.AccountRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What sales adds to the customer module: the "Opportunities & leads" panel of the 360 page, and
 * re-pointing sales rows when customers are merged (synchronously, inside the merge's transaction).
 */
@Configuration(proxyBeanMethods = false)
class SalesCustomerIntegration {

    @Bean
    CustomerPanel salesPanel() {
        return new CustomerPanel("sales", "sales.panel.title", "/sales/customers/{id}/panel", 20);
    }

    @Bean
    MergeListener salesMergeListener(
            JdbcClient jdbc,
            AccountRepository accounts,
            OpportunityRepository opportunities,
            BuyingCentreRepository centre) {
        return new MergeListener(jdbc, accounts, opportunities, centre);
    }

    /** Re-points leads, tasks, opportunities, activities, objections and sales care to the survivor. */
    static class MergeListener {

        private final JdbcClient jdbc;
        private final AccountRepository accounts;
        private final OpportunityRepository opportunities;
        private final BuyingCentreRepository centre;

        MergeListener(
                JdbcClient jdbc,
                AccountRepository accounts,
                OpportunityRepository opportunities,
                BuyingCentreRepository centre) {
            this.jdbc = jdbc;
            this.accounts = accounts;
            this.opportunities = opportunities;
            this.centre = centre;
        }

        @EventListener
        void on(CustomersMerged e) {
            jdbc.sql("UPDATE sales_lead SET customer_id = :s WHERE customer_id = :m")
                    .param("s", e.survivorId())
                    .param("m", e.mergedId())
                    .update();
            jdbc.sql("UPDATE sales_task SET customer_id = :s WHERE customer_id = :m")
                    .param("s", e.survivorId())
                    .param("m", e.mergedId())
                    .update();
            jdbc.sql("UPDATE sales_pool_move SET subject_id = :s WHERE subject_type = 'CUSTOMER' AND subject_id = :m")
                    .param("s", e.survivorId())
                    .param("m", e.mergedId())
                    .update();
            opportunities.reassignCustomer(e.survivorId(), e.mergedId());
            centre.mergeCustomer(e.survivorId(), e.mergedId());
            accounts.merge(e.survivorId(), e.mergedId());
        }
    }
}
