package dev.touchpoint.server.service.sla;

import dev.touchpoint.analytics.service.BusinessCalendar;
import dev.touchpoint.analytics.service.WorkingWindow;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Calendars and policies in memory (they change rarely and every ticket view needs them); reloaded
 * after every change through {@link #reload()}.
 */
@Component
public class SlaCatalog {

    /** A policy with its calendar. */
    record Resolved(SlaPolicy policy, BusinessCalendar calendar) {}

    private final SlaRepository repository;
    private volatile List<ServiceCalendar> calendars;
    private volatile Map<String, BusinessCalendar> byCode;
    private volatile List<SlaPolicy> policies;

    SlaCatalog(SlaRepository repository) {
        this.repository = repository;
    }

    synchronized void reload() {
        calendars = repository.calendars();
        byCode =
                calendars.stream().collect(Collectors.toUnmodifiableMap(ServiceCalendar::code, SlaCatalog::toBusiness));
        policies = repository.policies();
    }

    public List<ServiceCalendar> calendars() {
        ensureLoaded();
        return calendars;
    }

    public List<SlaPolicy> policies() {
        ensureLoaded();
        return policies;
    }

    Optional<BusinessCalendar> calendar(String code) {
        ensureLoaded();
        return Optional.ofNullable(byCode.get(code));
    }

    /** The calendar tickets without a policy are measured in. */
    BusinessCalendar defaultCalendar() {
        return calendar("OFFICE").orElseGet(() -> BusinessCalendar.twentyFourSeven(ZoneId.of("Asia/Shanghai")));
    }

    Optional<Resolved> policy(Long policyId) {
        if (policyId == null) {
            return Optional.empty();
        }
        return policies().stream()
                .filter(p -> p.id().equals(policyId))
                .findFirst()
                .map(p -> new Resolved(p, calendar(p.calendarCode()).orElseGet(this::defaultCalendar)));
    }

    /** The first active policy by rank whose conditions hold. */
    public Optional<SlaPolicy> match(TicketPriority priority, TicketType type, Long teamId, String tier) {
        return policies().stream()
                .filter(SlaPolicy::active)
                .filter(p -> p.matches(priority, type, teamId, tier))
                .findFirst();
    }

    private void ensureLoaded() {
        if (policies == null) {
            reload();
        }
    }

    static BusinessCalendar toBusiness(ServiceCalendar c) {
        var hours = new EnumMap<DayOfWeek, List<WorkingWindow>>(DayOfWeek.class);
        for (var h : c.hours()) {
            hours.computeIfAbsent(DayOfWeek.of(h.weekday()), d -> new ArrayList<>())
                    .add(new WorkingWindow(h.startMinute(), h.endMinute()));
        }
        var holidays = new HashSet<LocalDate>();
        var workdays = new HashSet<LocalDate>();
        for (var d : c.days()) {
            (d.kind() == ServiceCalendar.Kind.HOLIDAY ? holidays : workdays).add(d.day());
        }
        var makeUpHours = hours.getOrDefault(DayOfWeek.MONDAY, List.of());
        return new BusinessCalendar(ZoneId.of(c.zone()), hours, holidays, workdays, makeUpHours);
    }
}
