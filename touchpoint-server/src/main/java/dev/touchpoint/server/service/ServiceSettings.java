package dev.touchpoint.server.service;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.VersionConflictException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to calendars, SLA policies and the guard: managers and administrators only, audited. */
@Service
class ServiceSettings {

    private final SlaRepository sla;
    private final SlaCatalog catalog;
    private final OutboundRepository outbound;
    private final ServiceAccess access;
    private final AuditLog audit;

    ServiceSettings(SlaRepository sla, SlaCatalog catalog, OutboundRepository outbound, ServiceAccess access,
            AuditLog audit) {
        this.sla = sla;
        this.catalog = catalog;
        this.outbound = outbound;
        this.access = access;
        this.audit = audit;
    }

    /** Replaces the holidays and make-up working days of one year of a calendar. */
    @Transactional
    ServiceCalendar replaceYear(String code, int year, List<ServiceCalendar.SpecialDay> days) {
        access.requireManager();
        var calendar = catalog.calendars().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("calendar", code));
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
        audit.record(AuditLog.Action.UPDATE, "service_calendar", code, "special days of " + year + " replaced",
                Map.of("year", year, "days", days.size()));
        return catalog.calendars().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Transactional
    SlaPolicy savePolicy(Long id, SlaPolicy p) {
        access.requireManager();
        long calendarId = sla.calendarId(p.calendarCode()).orElseThrow(() -> InvalidInputException.of("calendarCode",
                "exists", "calendar " + p.calendarCode() + " does not exist"));
        checkEscalations(p);
        long savedId;
        if (id == null) {
            savedId = sla.insertPolicy(p, calendarId);
            audit.record(AuditLog.Action.CREATE, "sla_policy", savedId, p.name());
        } else {
            var current = catalog.policies().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("SLA policy", id));
            if (sla.updatePolicy(id, p.version(), p, calendarId) == 0) {
                throw new VersionConflictException("SLA policy", id, current.version(), false);
            }
            savedId = id;
            audit.record(AuditLog.Action.UPDATE, "sla_policy", id, p.name());
        }
        catalog.reload();
        return catalog.policies().stream().filter(x -> x.id() == savedId).findFirst().orElseThrow();
    }

    private static void checkEscalations(SlaPolicy p) {
        Integer last = null;
        for (int level = 1; level <= 3; level++) {
            var v = p.escalationPercent(level);
            if (v == null) {
                continue;
            }
            if (last != null && v <= last) {
                throw InvalidInputException.of("escalation" + level + "Percent", "increasing",
                        "each escalation level needs a higher percentage than the one before");
            }
            last = v;
        }
    }

    @Transactional
    GuardSettings saveGuard(GuardSettings s) {
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
        audit.record(AuditLog.Action.UPDATE, "service_guard", 1, "over-service guard changed",
                Map.of("maxMessages", s.maxMessages(), "windowDays", s.windowDays()));
        return outbound.settings();
    }
}
