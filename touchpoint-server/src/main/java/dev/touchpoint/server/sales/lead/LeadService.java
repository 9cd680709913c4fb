package dev.touchpoint.server.sales.lead;

import dev.touchpoint.server.customer.ConsentChannel;
import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.customer.CustomerKind;
import dev.touchpoint.server.customer.NewConsent;
import dev.touchpoint.server.customer.NewCustomer;
import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.StateConflictException;
import dev.touchpoint.server.platform.VersionConflictException;
import dev.touchpoint.server.sales.FirstContact;
import dev.touchpoint.server.sales.LeadSource;
import dev.touchpoint.server.sales.NewLead;
import dev.touchpoint.server.sales.followup.FollowUpService;
import dev.touchpoint.server.sales.followup.Task;
import dev.touchpoint.server.sales.opportunity.OpportunityService;
import dev.touchpoint.server.sales.pool.AccountRepository;
import dev.touchpoint.server.sales.shared.SalesAccess;
import dev.touchpoint.server.sales.shared.TouchpointRecorder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Leads: capture, first contact with MAN, intent class and FBO, re-grading, conversion. */
@Service
public class LeadService {

    private final LeadRepository leads;
    private final AccountRepository accounts;
    private final FollowUpService followUps;
    private final OpportunityService opportunities;
    private final CustomerApi customers;
    private final SalesAccess access;
    private final AuditLog audit;
    private final TouchpointRecorder touchpoints;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    LeadService(
            LeadRepository leads,
            AccountRepository accounts,
            FollowUpService followUps,
            OpportunityService opportunities,
            CustomerApi customers,
            SalesAccess access,
            AuditLog audit,
            TouchpointRecorder touchpoints,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.leads = leads;
        this.accounts = accounts;
        this.followUps = followUps;
        this.opportunities = opportunities;
        this.customers = customers;
        this.access = access;
        this.audit = audit;
        this.touchpoints = touchpoints;
        this.clock = clock;
    }

    @Transactional
    Lead create(NewLead lead, LeadSource defaultSource) {
        var me = access.me();
        var assignment = access.forNew(me, lead.ownerId(), lead.teamId());
        var source = lead.source() != null ? lead.source() : defaultSource;
        long id = leads.insert(lead, source, assignment.ownerId(), assignment.teamId(), Instant.now(clock));
        audit.record(
                AuditLog.Action.CREATE,
                "sales_lead",
                id,
                lead.name(),
                Map.of("source", source.name(), "owner", String.valueOf(assignment.ownerId())));
        dev.touchpoint.server.sales.shared.LeadEvents.publishNew(
                events,
                id,
                lead.name(),
                assignment.ownerId(),
                assignment.teamId(),
                source.name(),
                lead.productInterest(),
                false);
        return leads.find(id).orElseThrow();
    }

    /** The follow-up tasks of a lead the caller may see. */
    List<Task> tasks(long id) {
        get(id);
        return followUps.forLead(id);
    }

    Lead get(long id) {
        var lead = leads.find(id).orElseThrow(() -> new NotFoundException("lead", id));
        var me = access.me();
        if (lead.inPool()) {
            // pooled leads belong to no one: the team sees them in its pool
            if (!me.seesAll() && (lead.teamId() == null || !me.teamIds().contains(lead.teamId()))) {
                throw new dev.touchpoint.server.platform.OutOfScopeException("lead", id);
            }
            return lead;
        }
        access.requireVisible(me, "lead", id, lead.ownerId(), lead.teamId());
        return lead;
    }

    PageResult<Lead> search(LeadQuery query, PageRequest page) {
        return leads.search(access.me(), query, page);
    }

    public List<Lead> forCustomer(long customerId) {
        customers.requireVisible(customerId);
        return leads.findByCustomer(customerId, access.me());
    }

    @Transactional
    Lead update(long id, LeadChange change, Integer ifMatch) {
        var lead = writable(id);
        var version = ifMatch != null ? ifMatch : change.version() != null ? change.version() : lead.version();
        if (leads.update(id, version, change, Instant.now(clock)) == 0) {
            throw new VersionConflictException("lead", id, lead.version(), ifMatch != null);
        }
        audit.record(AuditLog.Action.UPDATE, "sales_lead", id, change.name());
        return leads.find(id).orElseThrow();
    }

    /** Records the first contact (or a re-grading): MAN, class and FBO; the follow-up plan follows the class. */
    @Transactional
    Lead recordContact(long id, FirstContact contact) {
        var lead = writable(id);
        if (lead.status() != LeadStatus.OPEN && lead.status() != LeadStatus.CONVERTED) {
            throw InvalidInputException.of("status", "open", "the lead is closed");
        }
        var now = Instant.now(clock);
        if (lead.ownerId() == null) {
            // an unassigned lead (e.g. from the team's web form) belongs to whoever makes the first contact
            var me = access.me();
            if (leads.assignIfUnowned(id, me.id(), now) == 1) {
                audit.record(
                        AuditLog.Action.UPDATE,
                        "sales_lead",
                        id,
                        "taken by " + me.username(),
                        Map.of("owner", String.valueOf(me.id())));
                events.publishEvent(dev.touchpoint.server.sales.shared.LeadEvents.of(
                        dev.touchpoint.server.platform.OutboundEventType.LEAD_ASSIGNED,
                        id,
                        lead.name(),
                        me.id(),
                        lead.teamId()));
                lead = leads.find(id).orElseThrow();
            }
        }
        boolean first = lead.firstContactAt() == null;
        leads.grade(id, contact, now);
        var graded = leads.find(id).orElseThrow();
        if (lead.intentClass() != contact.intentClass() || first) {
            followUps.replan(graded, LocalDate.now(clock), now);
        }
        var details = new HashMap<String, Object>();
        details.put("intentClass", contact.intentClass().name());
        details.put("man", graded.man());
        audit.record(AuditLog.Action.UPDATE, "sales_lead", id, first ? "first contact" : "re-graded", details);
        if (first) {
            touchpoints.record(new TouchpointRecorder.Event(
                    "sales-lead-first-contact-" + id,
                    lead.customerId(),
                    "sales.first-contact",
                    "ENTRY",
                    now,
                    null,
                    Map.of(
                            "leadId",
                            Long.toString(id),
                            "intentClass",
                            contact.intentClass().name(),
                            "man",
                            graded.man())));
        }
        return graded;
    }

    /** Turns the lead into a customer and an opportunity from the lead's own fields. */
    @Transactional
    Converted convert(long id, Conversion conversion) {
        // parallel conversions queue on the row lock; all but the first then find the lead converted
        leads.lock(id);
        var lead = writable(id);
        if (lead.status() != LeadStatus.OPEN) {
            throw new StateConflictException(
                    "status",
                    "only open leads can be converted; this one is "
                            + lead.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        var now = Instant.now(clock);
        boolean organisation = lead.company() != null && !lead.company().isBlank();
        var customer = new NewCustomer(
                organisation ? CustomerKind.ORGANISATION : CustomerKind.PERSON,
                organisation ? lead.company() : lead.name(),
                lead.phone(),
                lead.email(),
                null,
                lead.source().name(),
                lead.ownerId(),
                lead.teamId(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                organisation ? "联系人 / contact: " + lead.name() : lead.notes(),
                now);
        long customerId = customers.insertAll(List.of(customer)).get(0);
        audit.record(AuditLog.Action.CREATE, "customer", customerId, customer.name(), Map.of("fromLead", id));
        if (lead.phoneConsent()) {
            // the consent ticked on the web form goes with the person into the customer record
            customers.insertConsents(List.of(new NewConsent(
                    customerId,
                    ConsentChannel.PHONE,
                    true,
                    lead.phoneConsentAt() != null ? lead.phoneConsentAt() : now,
                    "web form (lead " + id + ")",
                    access.me().username())));
            audit.record(
                    AuditLog.Action.CREATE, "customer_consent", customerId, "PHONE granted", Map.of("fromLead", id));
        }
        accounts.ensure(customerId, customer.name(), lead.ownerId(), lead.teamId(), null, now);
        var name = conversion != null
                        && conversion.opportunityName() != null
                        && !conversion.opportunityName().isBlank()
                ? conversion.opportunityName()
                : lead.productInterest() != null && !lead.productInterest().isBlank()
                        ? lead.productInterest()
                        : lead.name();
        long opportunityId = opportunities.openForLead(
                lead,
                customerId,
                name,
                conversion == null ? null : conversion.amount(),
                conversion == null ? null : conversion.expectedClose(),
                organisation ? lead.name() : null,
                now);
        leads.markConverted(id, customerId, opportunityId, now);
        audit.record(
                AuditLog.Action.UPDATE,
                "sales_lead",
                id,
                "converted",
                Map.of("customerId", customerId, "opportunityId", opportunityId));
        events.publishEvent(dev.touchpoint.server.sales.shared.LeadEvents.of(
                dev.touchpoint.server.platform.OutboundEventType.LEAD_CONVERTED,
                id,
                lead.name(),
                lead.ownerId(),
                lead.teamId(),
                "customerId",
                customerId,
                "opportunityId",
                opportunityId));
        return new Converted(id, customerId, opportunityId);
    }

    @Transactional
    Lead markLost(long id) {
        leads.lock(id);
        var lead = writable(id);
        if (lead.status() != LeadStatus.OPEN) {
            throw new StateConflictException(
                    "status",
                    "only open leads can be marked lost; this one is "
                            + lead.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        var now = Instant.now(clock);
        leads.markLost(id, now);
        followUps.cancelForLead(id);
        audit.record(AuditLog.Action.UPDATE, "sales_lead", id, "lost");
        events.publishEvent(dev.touchpoint.server.sales.shared.LeadEvents.of(
                dev.touchpoint.server.platform.OutboundEventType.LEAD_LOST,
                id,
                lead.name(),
                lead.ownerId(),
                lead.teamId()));
        return leads.find(id).orElseThrow();
    }

    private Lead writable(long id) {
        var lead = leads.find(id).orElseThrow(() -> new NotFoundException("lead", id));
        access.requireWritable(access.me(), "lead", id, lead.ownerId(), lead.teamId());
        if (lead.inPool()) {
            throw InvalidInputException.of("inPool", "claimFirst", "the lead is in the pool: claim it first");
        }
        return lead;
    }
}
