package dev.touchpoint.server.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The customer page shows when a record was made in the business's time zone (Asia/Shanghai), not UTC. */
class BusinessTimeScreensIntegrationTest extends CustomerTestSupport {

    @Test
    void theCustomerPageShowsCreationInShanghaiTime() throws Exception {
        var created = createCustomer(admin(), "{\"kind\":\"PERSON\",\"name\":\"时间客户\"}");
        var at = Instant.parse(created.get("createdAt").asText());
        var pattern = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        var shanghai = pattern.format(at.atZone(ZoneId.of("Asia/Shanghai")));
        var utc = pattern.format(at.atZone(ZoneOffset.UTC));
        var page = browse(
                loginWithForm("admin", ADMIN_PASSWORD),
                "/customers/" + created.get("id").asLong());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(shanghai).doesNotContain(utc);
    }
}
