package dev.touchpoint.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.sales.IntentClass;
import dev.touchpoint.server.sales.OpportunityStatus;
import dev.touchpoint.server.sales.SalesStage;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DemoSalesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    void aLeadHasEitherAFullNameOrAPoliteFormNeverBothRunTogether() {
        var dataset = new DemoGenerator(7, NOW).generate(600);
        List<Long> ids =
                LongStream.rangeClosed(1, dataset.customers().size()).boxed().toList();
        var names = new DemoSales(7, NOW)
                .build(dataset, ids).leads().stream().map(l -> l.lead().name()).toList();
        assertThat(names)
                .isNotEmpty()
                .allSatisfy(name -> assertThat(name).matches("[\\u4e00-\\u9fff]{2,3}|[\\u4e00-\\u9fff](先生|女士)"));
        assertThat(names)
                .anyMatch(n -> n.endsWith("女士"))
                .anyMatch(n -> n.endsWith("先生"))
                .anyMatch(n -> !n.endsWith("先生") && !n.endsWith("女士"));
    }

    @Test
    void demoSalesCoverEveryClassThePoolAndADozenFleetOpportunitiesAtManyStages() {
        var dataset = new DemoGenerator(7, NOW).generate(600);
        List<Long> ids =
                LongStream.rangeClosed(1, dataset.customers().size()).boxed().toList();
        var data = new DemoSales(7, NOW).build(dataset, ids);

        assertThat(data.leads().stream()
                        .filter(l -> l.contact() != null)
                        .map(l -> l.contact().intentClass())
                        .distinct())
                .containsExactlyInAnyOrder(IntentClass.values());
        assertThat(data.leads()).anyMatch(l -> l.contact() == null);
        assertThat(data.leads()).anyMatch(l -> l.pooledAt() != null);
        assertThat(data.leads()).anyMatch(l -> l.followUps().stream().anyMatch(f -> f.doneAt() != null));
        assertThat(data.leads())
                .anyMatch(l -> l.followUps().stream()
                        .anyMatch(f -> f.doneAt() == null && f.dueOn().isBefore(java.time.LocalDate.of(2026, 11, 25))));
        assertThat(data.accounts()).anyMatch(a -> a.pooledAt() != null);
        assertThat(data.leads()).allMatch(l -> l.createdAt().isBefore(NOW));

        assertThat(data.opportunities()).hasSize(12);
        assertThat(data.opportunities().stream().map(o -> o.stage()).distinct().count())
                .isGreaterThanOrEqualTo(5);
        assertThat(data.opportunities())
                .anyMatch(o -> o.status() == OpportunityStatus.WON)
                .anyMatch(o -> o.status() == OpportunityStatus.LOST);
        assertThat(data.opportunities())
                .allMatch(o -> o.members().size() >= 4
                        && !o.activities().isEmpty()
                        && !o.objections().isEmpty());
        assertThat(data.opportunities().stream().filter(o -> o.stage() == SalesStage.TENDER))
                .allMatch(o -> o.activities().stream().allMatch(a -> a.at().isBefore(NOW)));
        assertThat(new DemoSales(7, NOW).build(dataset, ids))
                .as("deterministic")
                .isEqualTo(data);
    }
}
