package dev.touchpoint.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.IntegrationTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The generated phone_norm columns of customers and leads apply the rule PhoneNumbers applies in Java. */
class PhoneNormColumnsIntegrationTest extends IntegrationTestSupport {

    private static final List<String> PHONES = List.of(
            "+86 138-0013-8000",
            "0086 13800138000",
            "8613800138000",
            "86 21 5555 1234",
            "+86 10 6552 1234",
            "(010) 6552-1234",
            "138 0013 8000",
            "n/a");

    @Autowired
    TransactionTemplate transactions;

    @Test
    void customerAndLeadColumnsNormaliseEveryPhoneAsJavaDoes() {
        transactions.executeWithoutResult(tx -> {
            for (var phone : PHONES) {
                var customer = jdbc.sql("INSERT INTO customer (kind, name, phone) VALUES ('PERSON', 'p', :p) "
                                + "RETURNING phone_norm")
                        .param("p", phone)
                        .query(String.class)
                        .optional()
                        .orElse(null);
                var lead = jdbc.sql("INSERT INTO sales_lead (name, source, phone) VALUES ('p', 'IMPORT', :p) "
                                + "RETURNING phone_norm")
                        .param("p", phone)
                        .query(String.class)
                        .optional()
                        .orElse(null);
                assertThat(customer).as("customer " + phone).isEqualTo(PhoneNumbers.normalise(phone));
                assertThat(lead).as("lead " + phone).isEqualTo(PhoneNumbers.normalise(phone));
            }
            tx.setRollbackOnly();
        });
        // the rule: a country prefix is dropped, a bare 86 only before a mobile number
        assertThat(PhoneNumbers.normalise("86 21 5555 1234")).isEqualTo("862155551234");
    }
}
