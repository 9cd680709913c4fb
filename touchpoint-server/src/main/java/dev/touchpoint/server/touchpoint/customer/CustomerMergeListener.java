package dev.touchpoint.server.touchpoint.customer;

import dev.touchpoint.server.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves the merged customer's events, visitor links, survey invitations and responses to the
 * survivor, inside the merge's transaction (a failure here rolls the merge back).
 */
@Component
class CustomerMergeListener {

    private final JdbcClient jdbc;

    CustomerMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CustomersMerged merged) {
        for (var table :
                new String[] {"touchpoint_event", "visitor_identity", "survey_invitation", "survey_response"}) {
            jdbc.sql("UPDATE " + table + " SET customer_id = :survivor WHERE customer_id = :merged")
                    .param("survivor", merged.survivorId())
                    .param("merged", merged.mergedId())
                    .update();
        }
    }
}
