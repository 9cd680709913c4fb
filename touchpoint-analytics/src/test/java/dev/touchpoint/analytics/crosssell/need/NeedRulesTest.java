package dev.touchpoint.analytics.crosssell.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedRulesTest {

    private static final NeedRule FIRST_SERVICE =
            NeedRule.parse("when stage DELIVERED then service MAINT-FIRST after 3 months or 5000 km valid 60 days");
    private static final LocalDate DELIVERED = LocalDate.of(2026, 1, 10);

    @Test
    void theRuleLanguageReadsBackWhatItWrites() {
        assertThat(FIRST_SERVICE.trigger()).isEqualTo(HistoryKind.STAGE);
        assertThat(FIRST_SERVICE.triggerCode()).isEqualTo("DELIVERED");
        assertThat(FIRST_SERVICE.need()).isEqualTo(HistoryKind.SERVICE);
        assertThat(FIRST_SERVICE.afterTime()).isEqualTo(Period.ofMonths(3));
        assertThat(FIRST_SERVICE.afterKm()).isEqualTo(5000);
        assertThat(FIRST_SERVICE.validDays()).isEqualTo(60);
        assertThat(NeedRule.parse(FIRST_SERVICE.text())).isEqualTo(FIRST_SERVICE);
        var tyres = NeedRule.parse("WHEN category VEHICLE THEN product TYRE-SET AFTER 40000 km probability 0.3");
        assertThat(tyres.afterTime()).isNull();
        assertThat(tyres.validDays()).isEqualTo(NeedRule.DEFAULT_VALID_DAYS);
        assertThat(NeedRule.parse(tyres.text())).isEqualTo(tyres);
    }

    @Test
    void alternativesMatchAnyOfTheirCodesAndTheValueReplacesTheMargin() {
        var regular = NeedRule.parse(
                "when service SVC-FIRST|SVC-REG|SVC-MAJOR then service SVC-REG|SVC-MAJOR after 6 months valid 90 days value 680");
        var history = List.of(
                new HistoryEntry(LocalDate.of(2025, 1, 5), HistoryKind.SERVICE, "SVC-FIRST"),
                new HistoryEntry(LocalDate.of(2025, 7, 1), HistoryKind.SERVICE, "SVC-MAJOR"));
        // the major service of 1 July both met the need of the first service and starts the next one
        var need = NeedRules.evaluate(regular, history, List.of(), 40, LocalDate.of(2026, 1, 10))
                .orElseThrow();
        assertThat(need.triggerDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(need.status()).isEqualTo(NeedStatus.DUE);
        assertThat(regular.offerCode()).isEqualTo("SVC-REG");
        assertThat(regular.value()).isEqualTo(680.0);
        assertThat(NeedRule.parse(regular.text())).isEqualTo(regular);
    }

    @Test
    void aWrongRuleNamesTheWordAndWhatWasExpected() {
        assertThatThrownBy(() -> NeedRule.parse("when stage DELIVERED then service X after 3 weeks"))
                .hasMessage("word 9: expected days, months or km, found 'weeks'");
        assertThatThrownBy(() -> NeedRule.parse("when thing X then service Y after 3 days"))
                .hasMessageContaining("word 2: expected the trigger's kind");
        assertThatThrownBy(() -> NeedRule.parse("when stage DELIVERED then service X"))
                .hasMessage("rule ends where 'after' was expected");
        assertThatThrownBy(() -> NeedRule.parse("when action CALL then service X after 3 days"))
                .hasMessage("an action cannot trigger a need");
    }

    @Test
    void aCustomerWhoDrivesLittleIsDueByTime() {
        // 20 km/day: 5,000 km take 250 days, later than three months (10 April)
        var readings = List.of(new OdometerReading(DELIVERED, 0), new OdometerReading(DELIVERED.plusDays(100), 2000));
        var need = evaluate(readings, LocalDate.of(2026, 4, 20)).orElseThrow();
        assertThat(need.usage().kmPerDay()).isCloseTo(20, within(1e-9));
        assertThat(need.usage().estimated()).isTrue();
        assertThat(need.dueDate()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(need.byUsage()).isFalse();
        assertThat(need.status()).isEqualTo(NeedStatus.DUE);
        assertThat(need.expectedKm()).isCloseTo(20 * 90, within(1e-9)); // 10 Jan → 10 Apr is 90 days
    }

    @Test
    void aCustomerWhoDrivesALotIsDueByKilometres() {
        // readings 0, 3,000 and 6,000 km over 60 days: 100 km/day, 5,000 km after 50 days
        var readings = List.of(
                new OdometerReading(DELIVERED, 0),
                new OdometerReading(DELIVERED.plusDays(30), 3000),
                new OdometerReading(DELIVERED.plusDays(60), 6000));
        var need = evaluate(readings, DELIVERED.plusDays(40)).orElseThrow();
        assertThat(need.dueDate()).isEqualTo(DELIVERED.plusDays(50));
        assertThat(need.byUsage()).isTrue();
        assertThat(need.status()).isEqualTo(NeedStatus.UPCOMING);
    }

    @Test
    void withoutUsableReadingsTheAverageIsUsed() {
        // one reading only: 40 km/day fallback → 125 days, later than 3 months
        var need =
                evaluate(List.of(new OdometerReading(DELIVERED, 10)), DELIVERED).orElseThrow();
        assertThat(need.usage()).isEqualTo(new Usage(40, false));
        assertThat(need.dueDate()).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void aNeedMetAfterItsTriggerIsMetAndAnOldOneExpires() {
        var history = List.of(
                new HistoryEntry(DELIVERED, HistoryKind.STAGE, "DELIVERED"),
                new HistoryEntry(LocalDate.of(2026, 4, 2), HistoryKind.SERVICE, "MAINT-FIRST"));
        assertThat(NeedRules.evaluate(FIRST_SERVICE, history, List.of(), 40, LocalDate.of(2026, 5, 1))
                        .orElseThrow()
                        .status())
                .isEqualTo(NeedStatus.MET);
        // not met: due 10 April, valid 60 days → until 9 June
        assertThat(evaluate(List.of(), LocalDate.of(2026, 6, 9)).orElseThrow().status())
                .isEqualTo(NeedStatus.DUE);
        assertThat(evaluate(List.of(), LocalDate.of(2026, 6, 10)).orElseThrow().status())
                .isEqualTo(NeedStatus.EXPIRED);
        // no trigger yet on the as-of date
        assertThat(evaluate(List.of(), DELIVERED.minusDays(1))).isEmpty();
    }

    @Test
    void aRepeatingNeedRunsFromTheLatestTrigger() {
        var regular =
                NeedRule.parse("when category MAINTENANCE then category MAINTENANCE after 6 months valid 90 days");
        var history = List.of(
                new HistoryEntry(LocalDate.of(2025, 1, 5), HistoryKind.CATEGORY, "MAINTENANCE"),
                new HistoryEntry(LocalDate.of(2025, 7, 1), HistoryKind.CATEGORY, "MAINTENANCE"));
        var need = NeedRules.evaluate(regular, history, List.of(), 40, LocalDate.of(2026, 1, 15))
                .orElseThrow();
        assertThat(need.triggerDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(need.dueDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(need.status()).isEqualTo(NeedStatus.DUE);
    }

    private static java.util.Optional<DueNeed> evaluate(List<OdometerReading> readings, LocalDate asOf) {
        return NeedRules.evaluate(
                FIRST_SERVICE,
                List.of(new HistoryEntry(DELIVERED, HistoryKind.STAGE, "DELIVERED")),
                readings,
                40,
                asOf);
    }
}
