package dev.touchpoint.server.sales;

import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The sales module's entry point (DOMAIN §5). Every method applies the caller's access scope (SALES:
 * own and team records; MANAGER: their teams; ADMIN/ANALYST: all, ANALYST read-only) except
 * {@link #runPoolRules(Instant)} and {@link #loadDemo(SalesDemoData)}, which run without a user.
 *
 * <ul>
 * <li>Leads: grade after the first contact (A/B/C/D, MAN, FBO); the class's cadence plans follow-ups
 * (due date, channel, topic); each one done plans the next and is recorded as a touchpoint.</li>
 * <li>Pool (公海): neglected leads/customers return to the team's pool by the team's rules; reps claim
 * within a daily limit.</li>
 * <li>Opportunities: six stages with exit criteria (override with a reason), buying centre coverage,
 * assessment risk, activities, objections, pipeline, weighted forecast, win/loss.</li>
 * </ul>
 */
@Service
public class SalesApi {

    private final LeadService leads;
    private final FollowUpService followUps;
    private final PoolService pool;
    private final OpportunityService opportunities;
    private final BuyingCentreService centre;
    private final DemoLoader demo;
    private final WebFormService webForms;
    private final Clock clock;

    SalesApi(
            LeadService leads,
            FollowUpService followUps,
            PoolService pool,
            OpportunityService opportunities,
            BuyingCentreService centre,
            DemoLoader demo,
            WebFormService webForms,
            Clock clock) {
        this.leads = leads;
        this.followUps = followUps;
        this.pool = pool;
        this.opportunities = opportunities;
        this.centre = centre;
        this.demo = demo;
        this.webForms = webForms;
        this.clock = clock;
    }

    // ---- leads and follow-up

    public Lead createLead(NewLead lead) {
        return leads.create(lead, LeadSource.API);
    }

    public Lead lead(long id) {
        return leads.get(id);
    }

    public PageResult<Lead> leads(LeadQuery query, PageRequest page) {
        return leads.search(query, page);
    }

    public Lead updateLead(long id, LeadChange change, Integer ifMatch) {
        return leads.update(id, change, ifMatch);
    }

    /** Records the first contact or a re-grading; the follow-up plan follows the class. */
    public Lead recordContact(long leadId, FirstContact contact) {
        return leads.recordContact(leadId, contact);
    }

    public Converted convert(long leadId, Conversion conversion) {
        return leads.convert(leadId, conversion);
    }

    public Lead markLeadLost(long leadId) {
        return leads.markLost(leadId);
    }

    public List<Task> tasksOfLead(long leadId) {
        leads.get(leadId);
        return followUps.forLead(leadId);
    }

    public MyDay myDay() {
        return followUps.myDay(dev.touchpoint.server.identity.CurrentUsers.require());
    }

    public Task completeTask(long taskId, TaskOutcome outcome) {
        return followUps.complete(taskId, outcome);
    }

    public Task addTask(Long leadId, Long customerId, LocalDate dueOn, FollowUpChannel channel, FollowUpTopic topic) {
        return followUps.add(leadId, customerId, dueOn, channel, topic);
    }

    public void markReminderRead(long reminderId) {
        followUps.markReminderRead(reminderId);
    }

    /** The cadences in force for a team (team 0: the defaults). */
    public List<Cadence> cadences(long teamId) {
        return followUps.cadences(teamId);
    }

    public void saveCadence(long teamId, Cadence cadence) {
        followUps.saveCadence(teamId, cadence);
    }

    // ---- web form

    /** The team's public lead form, if it has one (managers of the team and admins). */
    public java.util.Optional<WebForm> webForm(long teamId) {
        return webForms.form(teamId);
    }

    /** Creates the team's public lead form or changes its default rep (managers of the team and admins). */
    public WebForm saveWebForm(long teamId, WebFormSettings settings) {
        return webForms.save(teamId, settings);
    }

    /** Gives the team's form a new token; the old link stops working. */
    public WebForm rotateWebForm(long teamId) {
        return webForms.rotate(teamId);
    }

    // ---- pool

    /** Runs the pool rules now (the scheduled entry point; the time comes from the injected clock). */
    public PoolRun runPoolRules() {
        return runPoolRules(Instant.now(clock));
    }

    /** Runs the pool rules as of {@code now}: warnings, reclaims, overdue reminders. */
    public PoolRun runPoolRules(Instant now) {
        return pool.run(now);
    }

    public List<PoolItem> pool() {
        return pool.items();
    }

    public PoolItem claim(String subjectType, long subjectId) {
        return pool.claim(subjectType, subjectId);
    }

    public void release(String subjectType, long subjectId, String reason) {
        pool.release(subjectType, subjectId, reason);
    }

    public PoolPolicy poolPolicy(long teamId) {
        return pool.policy(teamId);
    }

    public PoolPolicy savePoolPolicy(PoolPolicy policy) {
        return pool.savePolicy(policy);
    }

    // ---- opportunities

    public Opportunity createOpportunity(NewOpportunity opportunity) {
        return opportunities.create(opportunity);
    }

    public Opportunity opportunity(long id) {
        return opportunities.get(id);
    }

    public List<Opportunity> opportunitiesOfCustomer(long customerId) {
        return opportunities.forCustomer(customerId);
    }

    public List<Lead> leadsOfCustomer(long customerId) {
        return leads.forCustomer(customerId);
    }

    public Opportunity updateOpportunity(long id, OpportunityChange change, Integer ifMatch) {
        return opportunities.update(id, change, ifMatch);
    }

    public Opportunity assess(long id, Assessment assessment, Integer ifMatch) {
        return opportunities.assess(id, assessment, ifMatch);
    }

    public Opportunity tick(long id, ExitCriterion criterion, boolean done) {
        return opportunities.tick(id, criterion, done);
    }

    public Opportunity move(long id, StageMove move, Integer ifMatch) {
        return opportunities.move(id, move, ifMatch);
    }

    public Opportunity lose(long id, LossReport report, Integer ifMatch) {
        return opportunities.lose(id, report, ifMatch);
    }

    public List<StageChange> stageMoves(long id) {
        return opportunities.stageMoves(id);
    }

    public OpportunityInsight insight(long id) {
        return opportunities.insight(opportunities.get(id));
    }

    public List<Member> members(long opportunityId) {
        return centre.members(opportunityId);
    }

    public Member addMember(long opportunityId, MemberInput member) {
        return centre.addMember(opportunityId, member);
    }

    public Member updateMember(long opportunityId, long memberId, MemberInput member, Integer ifMatch) {
        return centre.updateMember(opportunityId, memberId, member, ifMatch);
    }

    public void deleteMember(long opportunityId, long memberId) {
        centre.deleteMember(opportunityId, memberId);
    }

    public List<Activity> activities(long opportunityId) {
        return centre.activities(opportunityId);
    }

    public Activity addActivity(long opportunityId, NewActivity activity) {
        return centre.addActivity(opportunityId, activity);
    }

    public List<Objection> objections(long opportunityId) {
        return centre.objections(opportunityId);
    }

    public Objection addObjection(long opportunityId, NewObjection objection) {
        return centre.addObjection(opportunityId, objection);
    }

    public Objection updateObjection(long opportunityId, long objectionId, ObjectionUpdate update, Integer ifMatch) {
        return centre.updateObjection(opportunityId, objectionId, update, ifMatch);
    }

    /** Pre-visit research: personal data, for the owner, the team's managers and admins (403 otherwise). */
    public Research research(long opportunityId) {
        return centre.research(opportunityId);
    }

    public Research saveResearch(long opportunityId, Research research, Integer ifMatch) {
        return centre.saveResearch(opportunityId, research, ifMatch);
    }

    // ---- pipeline and analysis

    public List<PipelineColumn> pipeline() {
        return PipelineAnalysis.board(opportunities.open());
    }

    public List<ForecastMonth> forecast() {
        return PipelineAnalysis.forecast(opportunities.open());
    }

    /** Win/loss of opportunities closed in the last {@code days} days. */
    public WinLoss winLoss(int days) {
        return PipelineAnalysis.winLoss(
                opportunities.closedSince(Instant.now(clock).minus(Duration.ofDays(days))));
    }

    // ---- demo data

    /** Loads demo sales history without access checks (timestamps may be historical). */
    public void loadDemo(SalesDemoData data) {
        demo.load(data);
    }
}
