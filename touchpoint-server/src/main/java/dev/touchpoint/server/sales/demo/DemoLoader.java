package dev.touchpoint.server.sales.demo;

import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.identity.UserAccount;
import dev.touchpoint.server.sales.CloseReason;
import dev.touchpoint.server.sales.LeadSource;
import dev.touchpoint.server.sales.OpportunityStatus;
import dev.touchpoint.server.sales.SalesDemoData;
import dev.touchpoint.server.sales.SalesStage;
import dev.touchpoint.server.sales.followup.TaskRepository;
import dev.touchpoint.server.sales.lead.LeadRepository;
import dev.touchpoint.server.sales.opportunity.BuyingCentreRepository;
import dev.touchpoint.server.sales.opportunity.NewActivity;
import dev.touchpoint.server.sales.opportunity.NewOpportunity;
import dev.touchpoint.server.sales.opportunity.OpportunityRepository;
import dev.touchpoint.server.sales.pool.AccountRepository;
import dev.touchpoint.server.sales.pool.PoolRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes demo sales history straight through the repositories: no access checks, history kept. */
@Component
public class DemoLoader {

    private final LeadRepository leads;
    private final TaskRepository tasks;
    private final AccountRepository accounts;
    private final PoolRepository pool;
    private final OpportunityRepository opportunities;
    private final BuyingCentreRepository centre;
    private final IdentityApi identity;
    private final dev.touchpoint.server.customer.CustomerApi customers;
    private final JdbcClient jdbc;

    DemoLoader(
            LeadRepository leads,
            TaskRepository tasks,
            AccountRepository accounts,
            PoolRepository pool,
            OpportunityRepository opportunities,
            BuyingCentreRepository centre,
            IdentityApi identity,
            dev.touchpoint.server.customer.CustomerApi customers,
            JdbcClient jdbc) {
        this.customers = customers;
        this.leads = leads;
        this.tasks = tasks;
        this.accounts = accounts;
        this.pool = pool;
        this.opportunities = opportunities;
        this.centre = centre;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    @Transactional
    public void load(SalesDemoData data) {
        Map<String, Long> teams =
                identity.listTeams().stream().collect(Collectors.toMap(Team::name, Team::id, (a, b) -> a));
        var users = new HashMap<String, Long>();
        java.util.function.Function<String, Long> user = name -> name == null
                ? null
                : users.computeIfAbsent(
                        name, n -> identity.findUser(n).map(UserAccount::id).orElse(null));
        for (var l : data.leads()) {
            loadLead(l, user.apply(l.ownerUsername()), teams.get(l.teamName()));
        }
        for (var a : data.accounts()) {
            loadAccount(a, user.apply(a.ownerUsername()), teams.get(a.teamName()));
        }
        for (var o : data.opportunities()) {
            loadOpportunity(o, user.apply(o.ownerUsername()), teams.get(o.teamName()));
        }
    }

    private void loadLead(SalesDemoData.DemoLead l, Long owner, Long team) {
        long id = leads.insert(
                l.lead(),
                l.lead().source() == null ? LeadSource.IMPORT : l.lead().source(),
                owner,
                team,
                l.createdAt());
        if (l.contact() != null) {
            leads.grade(id, l.contact(), l.firstContactAt());
        }
        for (var f : l.followUps()) {
            if (owner == null) {
                break;
            }
            long taskId = tasks.insert(
                    new TaskRepository.NewTask(
                            id,
                            null,
                            l.lead().name(),
                            owner,
                            team,
                            f.dueOn(),
                            f.channel(),
                            f.topic(),
                            l.contact() == null ? null : l.contact().intentClass(),
                            f.sequence()),
                    l.firstContactAt() == null ? l.createdAt() : l.firstContactAt());
            if (f.doneAt() != null) {
                tasks.complete(taskId, f.outcome(), f.doneAt());
                leads.touchFollowUp(id, f.doneAt());
            }
        }
        if (l.pooledAt() != null && owner != null) {
            pool.reclaim(PoolRepository.LEAD, id, owner, l.pooledAt());
            tasks.cancelOpenForLead(id);
            pool.logMove(
                    PoolRepository.LEAD, id, team, "RECLAIMED", owner, null, l.pooledReason(), l.pooledAt(), "system");
        }
    }

    private void loadAccount(SalesDemoData.DemoAccount a, Long owner, Long team) {
        accounts.ensure(a.customerId(), a.name(), owner, team, a.tier(), a.assignedAt());
        if (a.lastFollowUpAt() != null) {
            accounts.touchFollowUp(a.customerId(), a.lastFollowUpAt());
        }
        if (a.pooledAt() != null && owner != null) {
            pool.reclaim(PoolRepository.CUSTOMER, a.customerId(), owner, a.pooledAt());
            pool.logMove(
                    PoolRepository.CUSTOMER,
                    a.customerId(),
                    team,
                    "RECLAIMED",
                    owner,
                    null,
                    a.pooledReason(),
                    a.pooledAt(),
                    "system");
        }
    }

    private void loadOpportunity(SalesDemoData.DemoOpportunity o, Long owner, Long team) {
        var created = o.createdAt();
        long id = opportunities.insert(
                new NewOpportunity(
                        o.customerId(),
                        o.name(),
                        o.amount(),
                        o.expectedClose(),
                        o.probability(),
                        o.position(),
                        o.competitors(),
                        owner,
                        team),
                null,
                owner,
                team,
                SalesStage.QUALIFY,
                created);
        opportunities.logStageMove(id, null, SalesStage.QUALIFY, List.of(), null, created, "system");
        if (o.assessment() != null) {
            opportunities.assess(id, 0, o.assessment(), created);
        }
        for (var c : o.ticked()) {
            opportunities.tick(id, c, true, o.stageChangedAt(), "system");
        }
        var memberIds =
                o.members().stream().map(m -> centre.insertMember(id, m)).toList();
        for (var a : o.activities()) {
            var memberId =
                    a.memberIndex() >= 0 && a.memberIndex() < memberIds.size() ? memberIds.get(a.memberIndex()) : null;
            centre.insertActivity(
                    id, o.customerId(), new NewActivity(a.kind(), memberId, a.summary(), a.at()), a.at(), "system");
        }
        for (var x : o.objections()) {
            centre.insertObjection(id, o.customerId(), x, x.at(), "system");
        }
        if (o.research() != null) {
            centre.saveResearch(id, o.research(), 0, created);
        }
        if (o.stage() != SalesStage.QUALIFY) {
            var version = jdbc.sql("SELECT version FROM sales_opportunity WHERE id = :id")
                    .param("id", id)
                    .query(Integer.class)
                    .single();
            opportunities.moveStage(
                    id,
                    version,
                    o.stage(),
                    o.stage().isLast() ? OpportunityStatus.WON : OpportunityStatus.OPEN,
                    o.closeReason(),
                    o.stageChangedAt());
            opportunities.logStageMove(
                    id, SalesStage.QUALIFY, o.stage(), List.of(), null, o.stageChangedAt(), "system");
        }
        if (o.status() == OpportunityStatus.LOST) {
            var version = jdbc.sql("SELECT version FROM sales_opportunity WHERE id = :id")
                    .param("id", id)
                    .query(Integer.class)
                    .single();
            opportunities.lose(
                    id,
                    version,
                    o.closeReason() == null ? CloseReason.OTHER : o.closeReason(),
                    null,
                    o.closedAt() == null ? o.stageChangedAt() : o.closedAt());
        }
        var customer = customers.findUnchecked(o.customerId());
        accounts.ensure(
                o.customerId(),
                customer.map(c -> c.name()).orElse(o.name()),
                owner,
                team,
                customer.map(c -> c.tier()).orElse("KEY"),
                created);
        if (o.status() == OpportunityStatus.WON) {
            accounts.markWon(o.customerId(), o.closedAt() == null ? o.stageChangedAt() : o.closedAt());
        }
    }
}
