package dev.touchpoint.server.service.sla;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.VersionConflictException;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.care.GuardSettings;
import dev.touchpoint.server.service.care.OutboundRepository;
import dev.touchpoint.server.service.shared.ServiceAccess;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to calendars and SLA policies (administrators) and to the guard (managers and administrators);
 * audited, with optimistic locking on the version read.
 */
@Service
public class ServiceSettings {

    private final SlaRepository sla;
    private final SlaCatalog catalog;
    private final OutboundRepository outbound;
    private final ServiceAccess access;
    private final AuditLog audit;

    ServiceSettings(
            SlaRepository sla, SlaCatalog catalog, OutboundRepository outbound, ServiceAccess access, AuditLog audit) {
        this.sla = sla;
        this.catalog = catalog;
        this.outbound = outbound;
        this.access = access;
        this.audit = audit;
    }

    /** Replaces the holidays and make-up working days of one year of a calendar. */
    @Transactional
    public ServiceCalendar replaceYear(String code, int year, List<ServiceCalendar.SpecialDay> days) {
        return replaceYear(code, year, days, null, false);
    }

    /**
     * Replaces one year's special days; with {@code expectedVersion} only if the calendar is still at it
     * ({@link VersionConflictException}, a precondition failure when it came from {@code If-Match}).
     */
    @Transactional
    public ServiceCalendar replaceYear(
            String code,
            int year,
            List<ServiceCalendar.SpecialDay> days,
            Integer expectedVersion,
            boolean precondition) {
        requireAdmin();
        var calendar = calendar(code);
        if (expectedVersion != null && expectedVersion != calendar.version()) {
            throw new VersionConflictException("calendar", code, calendar.version(), precondition);
        }
        var violations = new ArrayList<FieldViolation>();
        var seen = new HashSet<java.time.LocalDate>();
        for (int i = 0; i < days.size(); i++) {
            var d = days.get(i);
            if (d.day().getYear() != year) {
                violations.add(new FieldViolation("days[" + i + "].day", "inYear", d.day() + " is not in " + year));
            }
            if (!seen.add(d.day())) {
                violations.add(new FieldViolation("days[" + i + "].day", "unique", d.day() + " is listed twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        sla.replaceYear(calendar.id(), year, days);
        catalog.reload();
        audit.record(
                AuditLog.Action.UPDATE,
                "service_calendar",
                code,
                "special days of " + year + " replaced",
                Map.of("year", year, "days", days.size()));
        return calendar(code);
    }

    @Transactional
    public SlaPolicy savePolicy(Long id, SlaPolicy p) {
        return savePolicy(id, p, false);
    }

    @Transactional
    public SlaPolicy savePolicy(Long id, SlaPolicy p, boolean precondition) {
        requireAdmin();
        long calendarId = sla.calendarId(p.calendarCode())
                .orElseThrow(() -> InvalidInputException.of(
                        "calendarCode", "exists", "calendar " + p.calendarCode() + " does not exist"));
        checkEscalations(p);
        if (p.pauseStatuses() != null && p.pauseStatuses().stream().anyMatch(TicketStatus::done)) {
            throw InvalidInputException.of("pauseStatuses", "open", "only open statuses can pause the clock");
        }
        long savedId;
        if (id == null) {
            savedId = sla.insertPolicy(p, calendarId);
            audit.record(AuditLog.Action.CREATE, "sla_policy", savedId, p.name());
        } else {
            var current = catalog.policies().stream()
                    .filter(x -> x.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("SLA policy", id));
            if (sla.updatePolicy(id, p.version(), p, calendarId) == 0) {
                throw new VersionConflictException("SLA policy", id, current.version(), precondition);
            }
            savedId = id;
            audit.record(AuditLog.Action.UPDATE, "sla_policy", id, p.name());
        }
        catalog.reload();
        return catalog.policies().stream()
                .filter(x -> x.id() == savedId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Replaces a calendar's working windows per weekday if it is still at {@code expectedVersion}; windows
     * of a day must not overlap.
     */
    @Transactional
    public ServiceCalendar replaceHours(
            String code, int expectedVersion, List<ServiceCalendar.Hours> hours, boolean precondition) {
        requireAdmin();
        var calendar = calendar(code);
        var violations = new ArrayList<FieldViolation>();
        var sorted = new ArrayList<>(hours);
        sorted.sort(java.util.Comparator.comparingInt(ServiceCalendar.Hours::weekday)
                .thenComparingInt(ServiceCalendar.Hours::startMinute));
        for (int i = 0; i < sorted.size(); i++) {
            var h = sorted.get(i);
            var field = "hours." + h.weekday();
            if (h.weekday() < 1 || h.weekday() > 7) {
                violations.add(new FieldViolation(field, "weekday", "weekday must be 1 (Monday) to 7 (Sunday)"));
            } else if (h.startMinute() < 0 || h.endMinute() > 1440 || h.startMinute() >= h.endMinute()) {
                violations.add(new FieldViolation(field, "window", "a window starts before it ends, within the day"));
            } else if (i > 0
                    && sorted.get(i - 1).weekday() == h.weekday()
                    && sorted.get(i - 1).endMinute() > h.startMinute()) {
                violations.add(new FieldViolation(field, "overlap", "windows of a day must not overlap"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!sla.replaceHours(calendar.id(), expectedVersion, sorted)) {
            throw new VersionConflictException("calendar", code, calendar.version(), precondition);
        }
        catalog.reload();
        audit.record(
                AuditLog.Action.UPDATE,
                "service_calendar",
                code,
                "working hours replaced",
                Map.of("windows", sorted.size()));
        return calendar(code);
    }

    private ServiceCalendar calendar(String code) {
        return catalog.calendars().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("calendar", code));
    }

    private void requireAdmin() {
        if (!dev.touchpoint.server.identity.CurrentUsers.require().isAdmin()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "only administrators change SLA policies and calendars");
        }
    }

    private static void checkEscalations(SlaPolicy p) {
        Integer last = null;
        for (int level = 1; level <= 3; level++) {
            var v = p.escalationPercent(level);
            if (v == null) {
                continue;
            }
            if (last != null && v <= last) {
                throw InvalidInputException.of(
                        "escalation" + level + "Percent",
                        "increasing",
                        "each escalation level needs a higher percentage than the one before");
            }
            last = v;
        }
    }

    @Transactional
    public GuardSettings saveGuard(GuardSettings s) {
        access.requireManager();
        try {
            ZoneId.of(s.zone());
        } catch (RuntimeException e) {
            throw InvalidInputException.of("zone", "zoneId", "unknown time zone " + s.zone());
        }
        var current = outbound.settings();
        if (s.version() == null) {
            throw InvalidInputException.of("version", "required", "send the version you read");
        }
        if (outbound.updateSettings(s, s.version()) == 0) {
            throw new VersionConflictException("guard", 1, current.version(), false);
        }
        audit.record(
                AuditLog.Action.UPDATE,
                "service_guard",
                1,
                "over-service guard changed",
                Map.of("maxMessages", s.maxMessages(), "windowDays", s.windowDays()));
        return outbound.settings();
    }
}
