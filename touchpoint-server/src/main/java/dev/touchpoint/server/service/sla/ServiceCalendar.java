package dev.touchpoint.server.service.sla;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A business calendar: working windows per ISO weekday (1 = Monday; minutes after midnight, end 1440 =
 * midnight) and special days — public holidays and make-up working days (调休上班日, which work
 * Monday's hours).
 */
public record ServiceCalendar(
        long id, String code, String name, String zone, List<Hours> hours, List<SpecialDay> days, int version) {

    /** A working window on a weekday. */
    public record Hours(int weekday, int startMinute, int endMinute) {}

    /** A holiday or make-up working day. */
    public record SpecialDay(
            @NotNull LocalDate day,
            @NotNull Kind kind,
            @Size(max = 100) String name) {}

    /** What a special day is. */
    public enum Kind {
        HOLIDAY,
        WORKDAY
    }
}
