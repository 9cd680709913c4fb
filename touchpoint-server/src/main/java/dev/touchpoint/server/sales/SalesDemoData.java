package dev.touchpoint.server.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo sales history to load without access checks ({@link SalesApi#loadDemo(SalesDemoData)}); people
 * and teams are named (usernames, team names) and resolved on load. Timestamps may lie in the past.
 */
public record SalesDemoData(List<DemoLead> leads, List<DemoAccount> accounts, List<DemoOpportunity> opportunities) {

    public SalesDemoData {
        leads = List.copyOf(leads);
        accounts = List.copyOf(accounts);
        opportunities = List.copyOf(opportunities);
    }

    /** A lead, graded when {@code contact} is set, with its follow-up history; {@code pooledAt} puts it in the pool. */
    public record DemoLead(
            NewLead lead,
            String ownerUsername,
            String teamName,
            Instant createdAt,
            FirstContact contact,
            Instant firstContactAt,
            List<DemoFollowUp> followUps,
            Instant pooledAt,
            String pooledReason) {

        public DemoLead {
            followUps = List.copyOf(followUps);
        }
    }

    /** A follow-up; {@code doneAt} null means still open. */
    public record DemoFollowUp(
            LocalDate dueOn,
            FollowUpChannel channel,
            FollowUpTopic topic,
            int sequence,
            Instant doneAt,
            String outcome) {}

    /** A customer in sales care; {@code pooledAt} set means it was reclaimed to the pool then. */
    public record DemoAccount(
            long customerId,
            String name,
            String tier,
            String ownerUsername,
            String teamName,
            Instant assignedAt,
            Instant lastFollowUpAt,
            Instant pooledAt,
            String pooledReason) {}

    /** A key-account opportunity with its buying centre, activities (member by index, -1 none) and objections. */
    public record DemoOpportunity(
            long customerId,
            String name,
            BigDecimal amount,
            LocalDate expectedClose,
            Integer probability,
            SalesStage stage,
            Position position,
            String competitors,
            OpportunityStatus status,
            CloseReason closeReason,
            String ownerUsername,
            String teamName,
            Instant createdAt,
            Instant stageChangedAt,
            Instant closedAt,
            Assessment assessment,
            Set<ExitCriterion> ticked,
            List<MemberInput> members,
            List<DemoActivity> activities,
            List<NewObjection> objections,
            Research research) {

        public DemoOpportunity {
            ticked = Set.copyOf(ticked);
            members = List.copyOf(members);
            activities = List.copyOf(activities);
            objections = List.copyOf(objections);
        }
    }

    /** An activity of a demo opportunity. */
    public record DemoActivity(ActivityKind kind, int memberIndex, String summary, Instant at) {}
}
