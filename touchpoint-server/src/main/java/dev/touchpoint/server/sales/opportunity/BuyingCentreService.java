package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.VersionConflictException;
import dev.touchpoint.server.sales.ActivityKind;
import dev.touchpoint.server.sales.MemberInput;
import dev.touchpoint.server.sales.NewObjection;
import dev.touchpoint.server.sales.Research;
import dev.touchpoint.server.sales.pool.AccountRepository;
import dev.touchpoint.server.sales.shared.SalesAccess;
import dev.touchpoint.server.sales.shared.TouchpointRecorder;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buying centre of an opportunity, its activities and objections (recorded as touchpoints), and
 * the pre-visit research. Personal profiles and research are personal data: only the owner, the
 * managers of the team and administrators read or change them.
 */
@Service
class BuyingCentreService {

    private final OpportunityService opportunities;
    private final BuyingCentreRepository centre;
    private final AccountRepository accounts;
    private final SalesAccess access;
    private final AuditLog audit;
    private final TouchpointRecorder touchpoints;
    private final Clock clock;

    BuyingCentreService(
            OpportunityService opportunities,
            BuyingCentreRepository centre,
            AccountRepository accounts,
            SalesAccess access,
            AuditLog audit,
            TouchpointRecorder touchpoints,
            Clock clock) {
        this.opportunities = opportunities;
        this.centre = centre;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.touchpoints = touchpoints;
        this.clock = clock;
    }

    List<Member> members(long opportunityId) {
        var o = opportunities.get(opportunityId);
        return centre.members(opportunityId, access.seesPersonalData(access.me(), o.ownerId(), o.teamId()));
    }

    boolean seesPersonalData(Opportunity o) {
        return access.seesPersonalData(access.me(), o.ownerId(), o.teamId());
    }

    @Transactional
    Member addMember(long opportunityId, MemberInput input) {
        var o = opportunities.writable(opportunityId);
        var guarded = guardProfile(o, input);
        long id = centre.insertMember(opportunityId, guarded);
        audit.record(
                AuditLog.Action.CREATE,
                "sales_member",
                id,
                input.name(),
                Map.of("opportunityId", opportunityId, "role", input.role().name()));
        return centre.findMember(id, seesPersonalData(o)).orElseThrow();
    }

    @Transactional
    Member updateMember(long opportunityId, long memberId, MemberInput input, Integer ifMatch) {
        var o = opportunities.writable(opportunityId);
        var current = memberOf(opportunityId, memberId);
        int version = ifMatch != null ? ifMatch : input.version() != null ? input.version() : current.version();
        if (centre.updateMember(memberId, version, guardProfile(o, input)) == 0) {
            throw new VersionConflictException("member", memberId, current.version(), ifMatch != null);
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "sales_member",
                memberId,
                input.name(),
                Map.of(
                        "opportunityId",
                        opportunityId,
                        "role",
                        input.role().name(),
                        "profileChanged",
                        input.profile() != null));
        return centre.findMember(memberId, seesPersonalData(o)).orElseThrow();
    }

    @Transactional
    void deleteMember(long opportunityId, long memberId) {
        opportunities.writable(opportunityId);
        var member = memberOf(opportunityId, memberId);
        centre.deleteMember(memberId);
        audit.record(AuditLog.Action.DELETE, "sales_member", memberId, member.name());
    }

    List<Activity> activities(long opportunityId) {
        opportunities.get(opportunityId);
        return centre.activities(opportunityId);
    }

    @Transactional
    Activity addActivity(long opportunityId, NewActivity input) {
        var o = opportunities.writable(opportunityId);
        var now = Instant.now(clock);
        var at = input.at() == null ? now : input.at();
        if (at.isAfter(now)) {
            throw InvalidInputException.of("at", "past", "an activity is logged once it happened");
        }
        if (input.memberId() != null) {
            memberOf(opportunityId, input.memberId());
        }
        long id = centre.insertActivity(opportunityId, o.customerId(), input, at, CurrentUsers.actorName());
        if (input.memberId() != null) {
            centre.touchMember(input.memberId(), at);
        }
        accounts.touchFollowUp(o.customerId(), at);
        audit.record(
                AuditLog.Action.CREATE,
                "sales_activity",
                id,
                input.kind().name(),
                Map.of("opportunityId", opportunityId));
        var attributes = new HashMap<String, String>();
        attributes.put("opportunityId", Long.toString(opportunityId));
        attributes.put("activity", input.kind().name());
        attributes.put("stage", o.stage().name());
        touchpoints.record(new TouchpointRecorder.Event(
                "sales-activity-" + id,
                o.customerId(),
                "sales.activity." + input.kind().name().toLowerCase(java.util.Locale.ROOT),
                "EXPERIENCE",
                at,
                channelOf(input.kind()),
                attributes));
        return centre.activities(opportunityId).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
    }

    List<Objection> objections(long opportunityId) {
        opportunities.get(opportunityId);
        return centre.objections(opportunityId);
    }

    @Transactional
    Objection addObjection(long opportunityId, NewObjection input) {
        var o = opportunities.writable(opportunityId);
        var now = Instant.now(clock);
        var at = input.at() == null ? now : input.at();
        long id = centre.insertObjection(opportunityId, o.customerId(), input, at, CurrentUsers.actorName());
        audit.record(
                AuditLog.Action.CREATE,
                "sales_objection",
                id,
                input.type().name(),
                Map.of("opportunityId", opportunityId, "resolved", input.resolved()));
        touchpoints.record(new TouchpointRecorder.Event(
                "sales-objection-" + id,
                o.customerId(),
                "sales.objection",
                "OBJECTION",
                at,
                null,
                Map.of(
                        "opportunityId",
                        Long.toString(opportunityId),
                        "type",
                        input.type().name(),
                        "resolved",
                        Boolean.toString(input.resolved()))));
        return centre.findObjection(id).orElseThrow();
    }

    @Transactional
    Objection updateObjection(long opportunityId, long objectionId, ObjectionUpdate update, Integer ifMatch) {
        opportunities.writable(opportunityId);
        var current = centre.findObjection(objectionId)
                .filter(x -> x.opportunityId() == opportunityId)
                .orElseThrow(() -> new NotFoundException("objection", objectionId));
        int version = ifMatch != null ? ifMatch : update.version() != null ? update.version() : current.version();
        if (centre.updateObjection(objectionId, version, update, Instant.now(clock)) == 0) {
            throw new VersionConflictException("objection", objectionId, current.version(), ifMatch != null);
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "sales_objection",
                objectionId,
                current.type().name(),
                Map.of("resolved", update.resolved()));
        return centre.findObjection(objectionId).orElseThrow();
    }

    Research research(long opportunityId) {
        var o = opportunities.get(opportunityId);
        requirePersonalData(o);
        return centre.research(opportunityId);
    }

    @Transactional
    Research saveResearch(long opportunityId, Research research, Integer ifMatch) {
        var o = opportunities.writable(opportunityId);
        requirePersonalData(o);
        var current = centre.research(opportunityId);
        int version = ifMatch != null ? ifMatch : research.version() != null ? research.version() : current.version();
        if (centre.saveResearch(opportunityId, research, version, Instant.now(clock)) == 0) {
            throw new VersionConflictException("research", opportunityId, current.version(), ifMatch != null);
        }
        audit.record(AuditLog.Action.UPDATE, "sales_research", opportunityId, "pre-visit research");
        return centre.research(opportunityId);
    }

    private void requirePersonalData(Opportunity o) {
        if (!seesPersonalData(o)) {
            throw new OutOfScopeException("research of opportunity", o.id());
        }
    }

    /** Drops a profile the caller may not write, so it is neither stored nor overwritten. */
    private MemberInput guardProfile(Opportunity o, MemberInput input) {
        if (input.profile() == null || seesPersonalData(o)) {
            return input;
        }
        return new MemberInput(
                input.name(),
                input.title(),
                input.phone(),
                input.role(),
                input.champion(),
                input.keyPerson(),
                input.attitude(),
                input.lastContactAt(),
                null,
                input.version());
    }

    private Member memberOf(long opportunityId, long memberId) {
        return centre.findMember(memberId, false)
                .filter(m -> m.opportunityId() == opportunityId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private static String channelOf(ActivityKind kind) {
        return switch (kind) {
            case PHONE -> "PHONE";
            case VISIT, GIFT -> "VISIT";
            default -> "EVENT";
        };
    }
}
