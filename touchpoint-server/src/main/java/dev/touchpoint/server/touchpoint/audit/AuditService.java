package dev.touchpoint.server.touchpoint.audit;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import dev.touchpoint.server.platform.VersionConflictException;
import dev.touchpoint.server.touchpoint.NewAudit;
import dev.touchpoint.server.touchpoint.Touchpoint;
import dev.touchpoint.server.touchpoint.catalogue.CatalogueRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits (检查 / mystery shopping): scoring with {@link AuditScoring}, corrective tasks for failed
 * items, and their follow-up to done. Administrators audit any site, managers the sites of their teams.
 */
@Service
public class AuditService {

    static final int TASK_DUE_DAYS = 14;

    private final AuditTemplates templates;
    private final AuditRepository audits;
    private final CatalogueRepository catalogue;
    private final AuditLog auditLog;
    private final dev.touchpoint.server.identity.IdentityApi identity;
    private final Clock clock;

    AuditService(
            AuditTemplates templates,
            AuditRepository audits,
            CatalogueRepository catalogue,
            AuditLog auditLog,
            dev.touchpoint.server.identity.IdentityApi identity,
            Clock clock) {
        this.templates = templates;
        this.audits = audits;
        this.catalogue = catalogue;
        this.auditLog = auditLog;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    AuditReport submit(NewAudit request) {
        var user = CurrentUsers.require();
        if (!(user.isAdmin() || (user.role() == Role.MANAGER && user.teamIds().contains(request.siteTeamId())))) {
            throw new OutOfScopeException("site", request.siteTeamId());
        }
        return submitUnchecked(request);
    }

    /** Scores and stores an audit without a permission check (demo data). */
    @Transactional
    public AuditReport submitUnchecked(NewAudit request) {
        var template = templates
                .find(request.templateCode(), request.templateVersion())
                .orElseThrow(() -> InvalidInputException.of(
                        "templateCode",
                        "exists",
                        "no audit template " + request.templateCode()
                                + (request.templateVersion() == null ? "" : " v" + request.templateVersion())));
        if (identity.listTeams().stream().noneMatch(t -> t.id() == request.siteTeamId())) {
            throw InvalidInputException.of("siteTeamId", "exists", "no team " + request.siteTeamId());
        }
        var result = AuditScoring.score(template.sections(), request.answers());
        var touchpoints =
                catalogue.findAll().stream().collect(java.util.stream.Collectors.toMap(Touchpoint::code, t -> t));
        long id = audits.insert(template.id(), request, result, touchpoints);
        for (var failed : result.failed()) {
            var tp = failed.item().touchpoint() == null
                    ? null
                    : touchpoints.get(failed.item().touchpoint());
            var owner = tp == null ? Role.MANAGER : tp.ownerRole();
            audits.insertTask(
                    id,
                    failed.item(),
                    tp == null ? null : tp.id(),
                    request.siteTeamId(),
                    owner,
                    request.date().plusDays(TASK_DUE_DAYS));
        }
        auditLog.record(
                AuditLog.Action.CREATE,
                "touchpoint_audit",
                id,
                template.code() + " " + request.date(),
                Map.of(
                        "site",
                        request.siteTeamId(),
                        "score",
                        result.overall(),
                        "failed",
                        result.failed().size()));
        return get(id);
    }

    AuditReport get(long id) {
        return audits.find(id).orElseThrow(() -> new NotFoundException("audit", id));
    }

    List<AuditSummary> list(Long siteTeamId, int limit) {
        return audits.list(new AuditRepository.AuditQuery(siteTeamId, null, null, null, null), limit);
    }

    List<AuditSummary> list(AuditRepository.AuditQuery query, int limit) {
        return audits.list(query, limit);
    }

    List<AuditTrendPoint> trend(String by, int months) {
        var from = LocalDate.now(clock).withDayOfMonth(1).minusMonths(months - 1L);
        return switch (by) {
            case "site" -> audits.trendBySite(from);
            case "section" -> audits.trendBySection(from);
            case "touchpoint" -> audits.trendByTouchpoint(from);
            default -> throw InvalidInputException.of("by", "oneOf", "by must be site, section or touchpoint");
        };
    }

    List<CorrectiveTask> tasks(String status, Long siteTeamId) {
        return audits.tasks(status, siteTeamId);
    }

    /**
     * Closes a task. Allowed for administrators, managers of the site, and users of the task's owner
     * role in the site's team.
     */
    @Transactional
    CorrectiveTask complete(long taskId, String resolution, Integer version) {
        var task = audits.task(taskId).orElseThrow(() -> new NotFoundException("corrective task", taskId));
        CurrentUser user = CurrentUsers.require();
        boolean inSite = user.teamIds().contains(task.siteTeamId());
        if (!(user.isAdmin() || (inSite && (user.role() == Role.MANAGER || user.role() == task.ownerRole())))) {
            throw new OutOfScopeException("corrective task", taskId);
        }
        if (!"OPEN".equals(task.status())) {
            throw InvalidInputException.of("status", "open", "the task is already done");
        }
        int expected = version == null ? task.version() : version;
        if (audits.completeTask(taskId, expected, user.username(), resolution, clock.instant()) == 0) {
            throw new VersionConflictException("corrective task", taskId, task.version(), false);
        }
        auditLog.record(
                AuditLog.Action.UPDATE,
                "corrective_task",
                taskId,
                "done",
                resolution == null ? null : Map.of("resolution", resolution));
        return audits.task(taskId).orElseThrow();
    }

    /**
     * Latest audit score per touchpoint: each site's latest audit covering it, averaged over sites —
     * or of one site only; audits before {@code from} are left out (none when null).
     */
    public Map<Long, BigDecimal> latestScoreByTouchpoint(Long siteTeamId, LocalDate from) {
        return audits.latestScoreByTouchpoint(siteTeamId, from);
    }

    /** As above, without audits after {@code to} (none left out when null). */
    public Map<Long, BigDecimal> latestScoreByTouchpoint(Long siteTeamId, LocalDate from, LocalDate to) {
        return audits.latestScoreByTouchpoint(siteTeamId, from, to);
    }

    /** Closes the open tasks of audits before {@code before} (demo history: old findings were fixed). */
    @Transactional
    public int closeTasksBefore(java.time.Instant before, String by) {
        return audits.closeTasksBefore(before, by);
    }
}
