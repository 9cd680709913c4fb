package dev.touchpoint.server.sales.followup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchpoint.server.sales.CloseReason;
import dev.touchpoint.server.sales.FollowUpChannel;
import dev.touchpoint.server.sales.FollowUpTopic;
import dev.touchpoint.server.sales.IntentClass;
import dev.touchpoint.server.sales.OpportunityStatus;
import dev.touchpoint.server.sales.Position;
import dev.touchpoint.server.sales.SalesStage;
import dev.touchpoint.server.sales.opportunity.Opportunity;
import dev.touchpoint.server.sales.opportunity.PipelineAnalysis;
import dev.touchpoint.server.sales.pool.PoolRepository;
import dev.touchpoint.server.sales.pool.PoolRule;
import dev.touchpoint.server.sales.pool.PoolRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanningTest {

    private static final Cadence A = new Cadence(
            IntentClass.A,
            2,
            List.of(FollowUpChannel.VISIT, FollowUpChannel.CALL),
            List.of(FollowUpTopic.OPEN_QUESTION, FollowUpTopic.HELP, FollowUpTopic.NEWS));
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void followUpsRotateChannelsAndTopicsEveryInterval() {
        var first = FollowUpPlanner.next(A, MONDAY, 1, c -> true).orElseThrow();
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(first.channel()).isEqualTo(FollowUpChannel.VISIT);
        assertThat(first.topic()).isEqualTo(FollowUpTopic.OPEN_QUESTION);
        var fourth = FollowUpPlanner.next(A, MONDAY, 4, c -> true).orElseThrow();
        assertThat(fourth.channel()).isEqualTo(FollowUpChannel.CALL);
        assertThat(fourth.topic()).isEqualTo(FollowUpTopic.OPEN_QUESTION);
    }

    @Test
    void aChannelWithoutConsentFallsBackToOneThatNeedsNone() {
        var c = new Cadence(
                IntentClass.C, 14, List.of(FollowUpChannel.SMS, FollowUpChannel.WECHAT), List.of(FollowUpTopic.NEWS));
        var plan = FollowUpPlanner.next(c, MONDAY, 1, ch -> !ch.needsConsent()).orElseThrow();
        assertThat(plan.channel()).isEqualTo(FollowUpChannel.CALL);
        assertThat(plan.dueOn()).isEqualTo(MONDAY.plusDays(14));
    }

    @Test
    void aClassWithoutIntervalPlansNothing() {
        var none = new Cadence(IntentClass.D, null, List.of(FollowUpChannel.SMS), List.of(FollowUpTopic.CHAT));
        assertThat(FollowUpPlanner.next(none, MONDAY, 1, c -> true)).isEmpty();
    }

    @Test
    void poolDeadlineIsTheEarlierOfNoFollowUpAndNoDeal() {
        var assigned = Instant.parse("2026-01-01T00:00:00Z");
        var followedUp = Instant.parse("2026-01-20T00:00:00Z");
        var s = new PoolRepository.Subject("LEAD", 1, "x", "A", 7L, 3L, assigned, followedUp, null, null);
        var followUpOnly = PoolRules.deadline(s, new PoolRule("A", 7, null));
        assertThat(followUpOnly.at()).isEqualTo(followedUp.plus(Duration.ofDays(7)));
        assertThat(followUpOnly.reason()).isEqualTo("NO_FOLLOW_UP");
        var withDeal = PoolRules.deadline(s, new PoolRule("A", 30, 20));
        assertThat(withDeal.at()).isEqualTo(assigned.plus(Duration.ofDays(20)));
        assertThat(withDeal.reason()).isEqualTo("NO_DEAL");
        assertThat(PoolRules.warn(s, followUpOnly, 3, followedUp.plus(Duration.ofDays(3))))
                .isFalse();
        assertThat(PoolRules.warn(s, followUpOnly, 3, followedUp.plus(Duration.ofDays(4))))
                .isTrue();
    }

    @Test
    void forecastWeighsAmountsByProbabilityPerMonthOfExpectedClose() {
        var march =
                opportunity(1, "100000", LocalDate.of(2026, 3, 10), null, SalesStage.TENDER, OpportunityStatus.OPEN);
        var march2 = opportunity(2, "50000", LocalDate.of(2026, 3, 31), 30, SalesStage.QUALIFY, OpportunityStatus.OPEN);
        var april =
                opportunity(3, "200000", LocalDate.of(2026, 4, 1), null, SalesStage.QUALIFY, OpportunityStatus.OPEN);
        var months = PipelineAnalysis.forecast(List.of(march, march2, april));
        assertThat(months).hasSize(2);
        // 100000 × 60% (tender default) + 50000 × 30% (set by hand) = 75000
        assertThat(months.get(0).month()).isEqualTo("2026-03");
        assertThat(months.get(0).weighted()).isEqualByComparingTo("75000");
        assertThat(months.get(0).amount()).isEqualByComparingTo("150000");
        assertThat(months.get(1).weighted()).isEqualByComparingTo("20000");
    }

    @Test
    void winLossCountsRateReasonsAndStageOfLoss() {
        var won = opportunity(1, "100", null, null, SalesStage.DELIVERY, OpportunityStatus.WON);
        var lost1 = opportunity(2, "50", null, null, SalesStage.TENDER, OpportunityStatus.LOST);
        var lost2 = opportunity(3, "70", null, null, SalesStage.TENDER, OpportunityStatus.LOST);
        var report = PipelineAnalysis.winLoss(List.of(won, lost1, lost2));
        assertThat(report.won()).isEqualTo(1);
        assertThat(report.lost()).isEqualTo(2);
        assertThat(report.winRate()).isEqualTo(1.0 / 3);
        assertThat(report.lostAmount()).isEqualByComparingTo("120");
        assertThat(report.lostAtStage()).containsEntry(SalesStage.TENDER, 2);
        assertThat(report.lostReasons()).containsEntry(CloseReason.PRICE, 2);
    }

    private static Opportunity opportunity(
            long id, String amount, LocalDate close, Integer set, SalesStage stage, OpportunityStatus status) {
        int p = status == OpportunityStatus.LOST ? 0 : set != null ? set : stage.defaultProbability();
        return new Opportunity(
                id,
                1,
                "c",
                null,
                "o",
                new BigDecimal(amount),
                close,
                p,
                set,
                stage,
                Position.UNKNOWN,
                null,
                status,
                status == OpportunityStatus.LOST ? CloseReason.PRICE : null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                1L,
                1L,
                Instant.EPOCH,
                Instant.EPOCH,
                0);
    }
}
