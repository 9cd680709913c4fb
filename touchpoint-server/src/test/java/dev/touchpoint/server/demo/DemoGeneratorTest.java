package dev.touchpoint.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    void sameSeedGivesTheSameBusiness() {
        var a = new DemoGenerator(42, NOW).generate(300);
        var b = new DemoGenerator(42, NOW).generate(300);
        assertThat(a).isEqualTo(b);
        assertThat(new DemoGenerator(43, NOW).generate(300)).isNotEqualTo(a);
    }

    @Test
    void aboutTenOrdersPerCustomerOverThreeYears() {
        var data = new DemoGenerator(7, NOW).generate(2000);
        double perCustomer = data.orders().size() / 2000.0;
        System.out.printf(
                "demo: %d customers, %d orders (%.1f per customer)%n",
                2000, data.orders().size(), perCustomer);
        assertThat(perCustomer).isBetween(7.0, 13.0);
        assertThat(data.orders()).allSatisfy(o -> {
            assertThat(o.customerIndex()).isBetween(0, 1999);
            assertThat(o.stages().ordered()).isBefore(NOW).isAfter(NOW.minus(Duration.ofDays(3 * 366 + 1)));
            assertThat(o.lines()).isNotEmpty();
        });
    }

    @Test
    void someCustomersLapseWhileMostKeepComing() {
        var data = new DemoGenerator(7, NOW).generate(2000);
        Map<Integer, Instant> last = new HashMap<>();
        data.orders().forEach(o -> last.merge(o.customerIndex(), o.stages().ordered(), (x, y) -> x.isAfter(y) ? x : y));
        var yearAgo = NOW.minus(Duration.ofDays(365));
        // customers acquired over a year ago who have not bought since
        long oldCustomers = 0;
        long lapsed = 0;
        for (int i = 0; i < data.customers().size(); i++) {
            if (data.customers().get(i).acquiredAt().isBefore(yearAgo)) {
                oldCustomers++;
                if (last.get(i).isBefore(yearAgo)) {
                    lapsed++;
                }
            }
        }
        double share = (double) lapsed / oldCustomers;
        System.out.printf("demo: %.0f%% of customers older than a year have lapsed%n", share * 100);
        assertThat(share).isBetween(0.1, 0.6);
    }

    @Test
    void phonesAreUniqueAndNamesAreChinese() {
        var data = new DemoGenerator(9, NOW).generate(1000);
        assertThat(data.customers()).extracting(DemoDataset.CustomerSpec::phone).doesNotHaveDuplicates();
        assertThat(data.customers().get(500).name()).matches("\\p{IsHan}{2,4}");
        assertThat(data.customers())
                .anySatisfy(c -> assertThat(c.organisation()).isTrue());
        assertThat(data.orders()).anySatisfy(o -> assertThat(o.paidAt()).isNull());
    }

    @Test
    void surnamesFollowTheirRealFrequency() {
        var people = new DemoGenerator(5, NOW)
                .generate(5000).customers().stream()
                        .filter(c -> !c.organisation())
                        .toList();
        double wang = people.stream().filter(c -> c.name().startsWith("王")).count() / (double) people.size();
        double luo = people.stream().filter(c -> c.name().startsWith("罗")).count() / (double) people.size();
        // census shares: 王 7.1%, 罗 1.0%; the rest of the list adds a little to each
        assertThat(wang).isBetween(0.05, 0.095);
        assertThat(luo).isBetween(0.004, 0.025);
    }
}
